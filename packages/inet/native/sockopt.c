// setsockopt(2) / getsockopt(2) on a socket's file descriptor, for the options Node's net
// module has no call for (SO_SNDBUF, SO_RCVBUF, IP_TOS, SO_PRIORITY, SO_DONTROUTE, SO_LINGER,
// and inet's raw options). Values are passed as native-endian bytes, as inet's raw options are.
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <node_api.h>

#define MAX_OPTION_SIZE 1024

static napi_value throw_errno(napi_env env, int err) {
  // The code (`EINVAL`, `ENOPROTOOPT`, …) becomes the inet reason on the JavaScript side.
  const char *code;
  switch (err) {
    case EBADF: code = "EBADF"; break;
    case EINVAL: code = "EINVAL"; break;
    case ENOPROTOOPT: code = "ENOPROTOOPT"; break;
    case ENOTSOCK: code = "ENOTSOCK"; break;
    case EPERM: code = "EPERM"; break;
    case EACCES: code = "EACCES"; break;
    case EFAULT: code = "EFAULT"; break;
    default: code = "EINVAL"; break;
  }
  napi_throw_error(env, code, strerror(err));
  return NULL;
}

static int int_arg(napi_env env, napi_value v, int32_t *out) {
  return napi_get_value_int32(env, v, out) == napi_ok;
}

// setsockopt(fd, level, name, bytes)
static napi_value set_opt(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  int32_t fd, level, name;
  void *data;
  size_t len;
  bool is_typed = false;
  if (argc != 4 || !int_arg(env, argv[0], &fd) || !int_arg(env, argv[1], &level) || !int_arg(env, argv[2], &name)) {
    napi_throw_type_error(env, "EINVAL", "setsockopt(fd, level, name, bytes)");
    return NULL;
  }
  napi_is_typedarray(env, argv[3], &is_typed);
  if (!is_typed) {
    napi_throw_type_error(env, "EINVAL", "value must be a Uint8Array");
    return NULL;
  }
  napi_typedarray_type type;
  napi_value ab;
  size_t offset;
  napi_get_typedarray_info(env, argv[3], &type, &len, &data, &ab, &offset);
  if (len > MAX_OPTION_SIZE) return throw_errno(env, EINVAL);
  if (setsockopt(fd, level, name, data, (socklen_t)len) != 0) return throw_errno(env, errno);
  return NULL;
}

// getsockopt(fd, level, name, size) -> Uint8Array of the bytes written
static napi_value get_opt(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  int32_t fd, level, name, size;
  if (argc != 4 || !int_arg(env, argv[0], &fd) || !int_arg(env, argv[1], &level) || !int_arg(env, argv[2], &name) ||
      !int_arg(env, argv[3], &size) || size < 0 || size > MAX_OPTION_SIZE) {
    napi_throw_type_error(env, "EINVAL", "getsockopt(fd, level, name, size <= 1024)");
    return NULL;
  }
  unsigned char buf[MAX_OPTION_SIZE];
  socklen_t len = (socklen_t)size;
  if (getsockopt(fd, level, name, buf, &len) != 0) return throw_errno(env, errno);
  void *out;
  napi_value ab, result;
  napi_create_arraybuffer(env, len, &out, &ab);
  memcpy(out, buf, len);
  napi_create_typedarray(env, napi_uint8_array, len, ab, 0, &result);
  return result;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"setsockopt", NULL, set_opt, NULL, NULL, NULL, napi_default, NULL},
      {"getsockopt", NULL, get_opt, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, 2, props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)

// Generated from specs/inet/posix-errors.spec by otpnet-gen. Do not edit.

/** The names of {@link PosixErrors}. */
export type PosixErrorsName =
  | 'e2big'
  | 'eacces'
  | 'eaddrinuse'
  | 'eaddrnotavail'
  | 'eadv'
  | 'eafnosupport'
  | 'eagain'
  | 'ealign'
  | 'ealready'
  | 'ebade'
  | 'ebadf'
  | 'ebadfd'
  | 'ebadmsg'
  | 'ebadr'
  | 'ebadrpc'
  | 'ebadrqc'
  | 'ebadslt'
  | 'ebfont'
  | 'ebusy'
  | 'echild'
  | 'echrng'
  | 'ecomm'
  | 'econnaborted'
  | 'econnrefused'
  | 'econnreset'
  | 'edeadlk'
  | 'edeadlock'
  | 'edestaddrreq'
  | 'edirty'
  | 'edom'
  | 'edotdot'
  | 'edquot'
  | 'eduppkg'
  | 'eexist'
  | 'efault'
  | 'efbig'
  | 'ehostdown'
  | 'ehostunreach'
  | 'eidrm'
  | 'einit'
  | 'einprogress'
  | 'eintr'
  | 'einval'
  | 'eio'
  | 'eisconn'
  | 'eisdir'
  | 'eisnam'
  | 'el2hlt'
  | 'el2nsync'
  | 'el3hlt'
  | 'el3rst'
  | 'elbin'
  | 'elibacc'
  | 'elibbad'
  | 'elibexec'
  | 'elibmax'
  | 'elibscn'
  | 'elnrng'
  | 'eloop'
  | 'emfile'
  | 'emlink'
  | 'emsgsize'
  | 'emultihop'
  | 'enametoolong'
  | 'enavail'
  | 'enet'
  | 'enetdown'
  | 'enetreset'
  | 'enetunreach'
  | 'enfile'
  | 'enoano'
  | 'enobufs'
  | 'enocsi'
  | 'enodata'
  | 'enodev'
  | 'enoent'
  | 'enoexec'
  | 'enolck'
  | 'enolink'
  | 'enomem'
  | 'enomsg'
  | 'enonet'
  | 'enopkg'
  | 'enoprotoopt'
  | 'enospc'
  | 'enosr'
  | 'enosym'
  | 'enosys'
  | 'enotblk'
  | 'enotconn'
  | 'enotdir'
  | 'enotempty'
  | 'enotnam'
  | 'enotsock'
  | 'enotsup'
  | 'enotty'
  | 'enotuniq'
  | 'enxio'
  | 'eopnotsupp'
  | 'eperm'
  | 'epfnosupport'
  | 'epipe'
  | 'eproclim'
  | 'eprocunavail'
  | 'eprogmismatch'
  | 'eprogunavail'
  | 'eproto'
  | 'eprotonosupport'
  | 'eprototype'
  | 'erange'
  | 'erefused'
  | 'eremchg'
  | 'eremdev'
  | 'eremote'
  | 'eremoteio'
  | 'eremoterelease'
  | 'erofs'
  | 'erpcmismatch'
  | 'erremote'
  | 'eshutdown'
  | 'esocktnosupport'
  | 'espipe'
  | 'esrch'
  | 'esrmnt'
  | 'estale'
  | 'esuccess'
  | 'etime'
  | 'etimedout'
  | 'etoomanyrefs'
  | 'etxtbsy'
  | 'euclean'
  | 'eunatch'
  | 'eusers'
  | 'eversion'
  | 'ewouldblock'
  | 'exdev'
  | 'exfull'
  | 'nxdomain'
  | 'exbadport'
  | 'exbadseq'
  | 'system_limit';

/** One row of {@link PosixErrors}. */
export interface PosixErrorsRow {
  /** Unique; see {@link PosixErrorsByName}. */
  readonly name: PosixErrorsName;
  readonly text: string;
}

/** @see inet-api POSIX Error Codes */
export const PosixErrors = [
  { name: 'e2big', text: 'argument list too long' },
  { name: 'eacces', text: 'permission denied' },
  { name: 'eaddrinuse', text: 'address already in use' },
  { name: 'eaddrnotavail', text: "can't assign requested address" },
  { name: 'eadv', text: 'advertise error' },
  { name: 'eafnosupport', text: 'address family not supported by protocol family' },
  { name: 'eagain', text: 'resource temporarily unavailable' },
  { name: 'ealign', text: 'EALIGN' },
  { name: 'ealready', text: 'operation already in progress' },
  { name: 'ebade', text: 'bad exchange descriptor' },
  { name: 'ebadf', text: 'bad file number' },
  { name: 'ebadfd', text: 'file descriptor in bad state' },
  { name: 'ebadmsg', text: 'not a data message' },
  { name: 'ebadr', text: 'bad request descriptor' },
  { name: 'ebadrpc', text: 'RPC structure is bad' },
  { name: 'ebadrqc', text: 'bad request code' },
  { name: 'ebadslt', text: 'invalid slot' },
  { name: 'ebfont', text: 'bad font file format' },
  { name: 'ebusy', text: 'file busy' },
  { name: 'echild', text: 'no children' },
  { name: 'echrng', text: 'channel number out of range' },
  { name: 'ecomm', text: 'communication error on send' },
  { name: 'econnaborted', text: 'software caused connection abort' },
  { name: 'econnrefused', text: 'connection refused' },
  { name: 'econnreset', text: 'connection reset by peer' },
  { name: 'edeadlk', text: 'resource deadlock avoided' },
  { name: 'edeadlock', text: 'resource deadlock avoided' },
  { name: 'edestaddrreq', text: 'destination address required' },
  { name: 'edirty', text: 'mounting a dirty fs w/o force' },
  { name: 'edom', text: 'math argument out of range' },
  { name: 'edotdot', text: 'cross mount point' },
  { name: 'edquot', text: 'disk quota exceeded' },
  { name: 'eduppkg', text: 'duplicate package name' },
  { name: 'eexist', text: 'file already exists' },
  { name: 'efault', text: 'bad address in system call argument' },
  { name: 'efbig', text: 'file too large' },
  { name: 'ehostdown', text: 'host is down' },
  { name: 'ehostunreach', text: 'host is unreachable' },
  { name: 'eidrm', text: 'identifier removed' },
  { name: 'einit', text: 'initialization error' },
  { name: 'einprogress', text: 'operation now in progress' },
  { name: 'eintr', text: 'interrupted system call' },
  { name: 'einval', text: 'invalid argument' },
  { name: 'eio', text: 'I/O error' },
  { name: 'eisconn', text: 'socket is already connected' },
  { name: 'eisdir', text: 'illegal operation on a directory' },
  { name: 'eisnam', text: 'is a name file' },
  { name: 'el2hlt', text: 'level 2 halted' },
  { name: 'el2nsync', text: 'level 2 not synchronized' },
  { name: 'el3hlt', text: 'level 3 halted' },
  { name: 'el3rst', text: 'level 3 reset' },
  { name: 'elbin', text: 'ELBIN' },
  { name: 'elibacc', text: 'cannot access a needed shared library' },
  { name: 'elibbad', text: 'accessing a corrupted shared library' },
  { name: 'elibexec', text: 'cannot exec a shared library directly' },
  { name: 'elibmax', text: 'attempting to link in more shared libraries than system limit' },
  { name: 'elibscn', text: '.lib section in a.out corrupted' },
  { name: 'elnrng', text: 'link number out of range' },
  { name: 'eloop', text: 'too many levels of symbolic links' },
  { name: 'emfile', text: 'too many open files' },
  { name: 'emlink', text: 'too many links' },
  { name: 'emsgsize', text: 'message too long' },
  { name: 'emultihop', text: 'multihop attempted' },
  { name: 'enametoolong', text: 'file name too long' },
  { name: 'enavail', text: 'not available' },
  { name: 'enet', text: 'ENET' },
  { name: 'enetdown', text: 'network is down' },
  { name: 'enetreset', text: 'network dropped connection on reset' },
  { name: 'enetunreach', text: 'network is unreachable' },
  { name: 'enfile', text: 'file table overflow' },
  { name: 'enoano', text: 'anode table overflow' },
  { name: 'enobufs', text: 'no buffer space available' },
  { name: 'enocsi', text: 'no CSI structure available' },
  { name: 'enodata', text: 'no data available' },
  { name: 'enodev', text: 'no such device' },
  { name: 'enoent', text: 'no such file or directory' },
  { name: 'enoexec', text: 'exec format error' },
  { name: 'enolck', text: 'no locks available' },
  { name: 'enolink', text: 'link has be severed' },
  { name: 'enomem', text: 'not enough memory' },
  { name: 'enomsg', text: 'no message of desired type' },
  { name: 'enonet', text: 'machine is not on the network' },
  { name: 'enopkg', text: 'package not installed' },
  { name: 'enoprotoopt', text: 'bad proocol option' },
  { name: 'enospc', text: 'no space left on device' },
  { name: 'enosr', text: 'out of stream resources or not a stream device' },
  { name: 'enosym', text: 'unresolved symbol name' },
  { name: 'enosys', text: 'function not implemented' },
  { name: 'enotblk', text: 'block device required' },
  { name: 'enotconn', text: 'socket is not connected' },
  { name: 'enotdir', text: 'not a directory' },
  { name: 'enotempty', text: 'directory not empty' },
  { name: 'enotnam', text: 'not a name file' },
  { name: 'enotsock', text: 'socket operation on non-socket' },
  { name: 'enotsup', text: 'operation not supported' },
  { name: 'enotty', text: 'inappropriate device for ioctl' },
  { name: 'enotuniq', text: 'name not unique on network' },
  { name: 'enxio', text: 'no such device or address' },
  { name: 'eopnotsupp', text: 'operation not supported on socket' },
  { name: 'eperm', text: 'not owner' },
  { name: 'epfnosupport', text: 'protocol family not supported' },
  { name: 'epipe', text: 'broken pipe' },
  { name: 'eproclim', text: 'too many processes' },
  { name: 'eprocunavail', text: 'bad procedure for program' },
  { name: 'eprogmismatch', text: 'program version wrong' },
  { name: 'eprogunavail', text: 'RPC program not available' },
  { name: 'eproto', text: 'protocol error' },
  { name: 'eprotonosupport', text: 'protocol not supported' },
  { name: 'eprototype', text: 'protocol wrong type for socket' },
  { name: 'erange', text: 'math result unrepresentable' },
  { name: 'erefused', text: 'EREFUSED' },
  { name: 'eremchg', text: 'remote address changed' },
  { name: 'eremdev', text: 'remote device' },
  { name: 'eremote', text: 'pathname hit remote file system' },
  { name: 'eremoteio', text: 'remote i/o error' },
  { name: 'eremoterelease', text: 'EREMOTERELEASE' },
  { name: 'erofs', text: 'read-only file system' },
  { name: 'erpcmismatch', text: 'RPC version is wrong' },
  { name: 'erremote', text: 'object is remote' },
  { name: 'eshutdown', text: "can't send after socket shutdown" },
  { name: 'esocktnosupport', text: 'socket type not supported' },
  { name: 'espipe', text: 'invalid seek' },
  { name: 'esrch', text: 'no such process' },
  { name: 'esrmnt', text: 'srmount error' },
  { name: 'estale', text: 'stale remote file handle' },
  { name: 'esuccess', text: 'Error 0' },
  { name: 'etime', text: 'timer expired' },
  { name: 'etimedout', text: 'connection timed out' },
  { name: 'etoomanyrefs', text: "too many references: can't splice" },
  { name: 'etxtbsy', text: 'text file or pseudo-device busy' },
  { name: 'euclean', text: 'structure needs cleaning' },
  { name: 'eunatch', text: 'protocol driver not attached' },
  { name: 'eusers', text: 'too many users' },
  { name: 'eversion', text: 'version mismatch' },
  { name: 'ewouldblock', text: 'operation would block' },
  { name: 'exdev', text: 'cross-domain link' },
  { name: 'exfull', text: 'message tables full' },
  { name: 'nxdomain', text: 'non-existing domain' },
  { name: 'exbadport', text: 'invalid port state' },
  { name: 'exbadseq', text: 'bad command sequence' },
  { name: 'system_limit', text: 'a system limit was hit, probably not enough ports' },
] as const satisfies readonly PosixErrorsRow[];

/** The rows of {@link PosixErrors} by `name`. */
export const PosixErrorsByName: ReadonlyMap<string, PosixErrorsRow> = new Map(
  PosixErrors.map((row) => [row.name, row]),
);

/** True when `name` is one of {@link PosixErrorsName}. */
export function isPosixErrorsName(name: string): name is PosixErrorsName {
  return PosixErrorsByName.has(name);
}

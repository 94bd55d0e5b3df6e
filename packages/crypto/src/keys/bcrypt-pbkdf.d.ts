// Types for the `bcrypt-pbkdf` package (a port of OpenBSD's bcrypt_pbkdf.c), which ships none.
declare module 'bcrypt-pbkdf' {
  /** Fills `key[0..keylen)`; returns 0 on success, -1 on bad parameters. */
  function pbkdf(
    pass: Uint8Array,
    passlen: number,
    salt: Uint8Array,
    saltlen: number,
    key: Uint8Array,
    keylen: number,
    rounds: number,
  ): number;
  const bcryptPbkdf: { pbkdf: typeof pbkdf };
  export default bcryptPbkdf;
}

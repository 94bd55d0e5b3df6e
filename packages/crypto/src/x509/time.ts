// Certificate and CRL times, read strictly from their DER. asn1js (and so pkijs) turns digits it
// cannot place into some date anyway: "AAAAAAAAAAAAZ" becomes 1899-11-30 and month 99 rolls into
// later years, so a damaged notAfter would silently become another expiry date.
import * as asn1js from 'asn1js';
import { CryptoError } from '../errors.js';

// RFC 5280 section 4.1.2.5.1: UTCTime is YYMMDDHHMMSSZ, YY >= 50 meaning 19YY and < 50 20YY;
// section 4.1.2.5.2: GeneralizedTime is YYYYMMDDHHMMSSZ, without fractional seconds.
const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;

/** The instant a Time node (UTCTime or GeneralizedTime) names. */
export function x509Time(node: asn1js.AsnType | undefined, what: string): Date {
  const utc = node instanceof asn1js.UTCTime;
  if (!utc && !(node instanceof asn1js.GeneralizedTime))
    throw new CryptoError('malformed', `${what}: expected a UTCTime or GeneralizedTime`);
  const text = String.fromCharCode(...node.valueBlock.valueHexView);
  const shown = JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);
  const m = (utc ? UTC_TIME : GENERALIZED_TIME).exec(text);
  if (m === null) {
    const form = utc ? 'YYMMDDHHMMSSZ' : 'YYYYMMDDHHMMSSZ';
    throw new CryptoError('malformed', `${what}: ${shown} is not of the form ${form}`);
  }
  const [yy = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = m.slice(1).map(Number);
  const year = utc ? (yy >= 50 ? 1900 + yy : 2000 + yy) : yy;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  // Date rolls 31 April into 1 May; a field out of range shows as a different read-back.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    date.getUTCHours() !== hour ||
    date.getUTCMinutes() !== minute ||
    date.getUTCSeconds() !== second
  ) {
    throw new CryptoError('malformed', `${what}: ${shown} is not a calendar date and time`);
  }
  return date;
}

import { describe, expect, it } from 'vitest';
import { InetError, inet } from '../src/index.js';

describe('addresses (inet:parse_address/1, ntoa/1)', () => {
  it('parses IPv4 strictly and leniently', () => {
    expect(inet.parseAddress('127.0.0.1')).toEqual([127, 0, 0, 1]);
    expect(inet.parseAddress('127.1')).toEqual([127, 0, 0, 1]);
    expect(inet.parseIpv4Address('0x7f.1')).toEqual([127, 0, 0, 1]);
    expect(inet.parseIpv4Address('10.0.258')).toEqual([10, 0, 1, 2]);
    expect(() => inet.parseStrictAddress('127.1')).toThrow(InetError);
    expect(() => inet.parseIpv4StrictAddress('256.0.0.1')).toThrow(/invalid argument/);
    expect(() => inet.parseAddress('1.2.3.4.5')).toThrow(InetError);
  });
  it('parses IPv6, IPv4-mapped and zones', () => {
    expect(inet.parseAddress('::ffff:192.168.42.2')).toEqual([0, 0, 0, 0, 0, 0xffff, 49320, 10754]);
    expect(inet.parseAddress('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(inet.parseAddress('FFFF::')).toEqual([0xffff, 0, 0, 0, 0, 0, 0, 0]);
    expect(inet.parseAddress('fe80::1%lo')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(inet.parseStrictAddress('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(inet.parseIpv6Address('127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(() => inet.parseAddress('1::2::3')).toThrow(InetError);
    expect(() => inet.parseAddress('12345::')).toThrow(InetError);
    expect(() => inet.parseStrictAddress('1:2:3:4:5:6:7:8:9')).toThrow(InetError);
  });
  it('ntoa writes what inet:ntoa writes', () => {
    expect(inet.ntoa([127, 0, 0, 1])).toBe('127.0.0.1');
    expect(inet.ntoa([0xffff, 0, 0, 0, 0, 0, 1, 2])).toBe('ffff::1:2');
    expect(inet.ntoa([0, 0, 0, 0, 0, 0xffff, 0xc0a8, 0x2a02])).toBe('::ffff:192.168.42.2');
    expect(inet.ntoa([0, 0, 0, 0, 0, 0, 0xc0a8, 0x2a02])).toBe('::192.168.42.2');
    expect(inet.ntoa([1, 0, 0, 0, 0, 0, 0, 1])).toBe('1::1');
    expect(inet.ntoa([1, 0, 0, 2, 0, 0, 0, 1])).toBe('1:0:0:2::1');
    expect(inet.ntoa([0, 0, 0, 0, 0, 0, 0, 1])).toBe('::1');
    expect(inet.ntoa([0, 0, 0, 0, 0, 0, 0, 0])).toBe('::');
    expect(() => inet.ntoa([1, 2, 3])).toThrow(InetError);
  });
  it('maps IPv4 to IPv4-mapped IPv6 and back', () => {
    expect(inet.ipv4MappedIpv6Address([192, 168, 42, 2])).toEqual([0, 0, 0, 0, 0, 0xffff, 49320, 10754]);
    expect(inet.ipv4MappedIpv6Address([0, 0, 0, 0, 0, 0xffff, 49320, 10754])).toEqual([192, 168, 42, 2]);
  });
});

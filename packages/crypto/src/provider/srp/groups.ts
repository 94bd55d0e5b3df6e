// SRP groups of RFC 5054 Appendix A. The 1024-, 1536- and 2048-bit primes are specific to SRP;
// the larger ones are the RFC 3526 MODP primes (groups 15 to 18, from modp-primes.ts) with the
// generators RFC 5054 assigns.
import type { DhGroupParams } from '../groups/dh-groups.js';
import { MODP_3072, MODP_4096, MODP_6144, MODP_8192 } from '../groups/modp-primes.js';

export type SrpGroupName = 'srp1024' | 'srp1536' | 'srp2048' | 'srp3072' | 'srp4096' | 'srp6144' | 'srp8192';

const N1024 = BigInt(
  '0x' +
    'eeaf0ab9adb38dd69c33f80afa8fc5e86072618775ff3c0b9ea2314c9c256576' +
    'd674df7496ea81d3383b4813d692c6e0e0d5d8e250b98be48e495c1d6089dad1' +
    '5dc7d7b46154d6b6ce8ef4ad69b15d4982559b297bcf1885c529f566660e57ec' +
    '68edbc3c05726cc02fd4cbf4976eaa9afd5138fe8376435b9fc61d2fc0eb06e3',
);

const N1536 = BigInt(
  '0x' +
    '9def3cafb939277ab1f12a8617a47bbbdba51df499ac4c80beeea9614b19cc4d' +
    '5f4f5f556e27cbde51c6a94be4607a291558903ba0d0f84380b655bb9a22e8dc' +
    'df028a7cec67f0d08134b1c8b97989149b609e0be3bab63d47548381dbc5b1fc' +
    '764e3f4b53dd9da1158bfd3e2b9c8cf56edf019539349627db2fd53d24b7c486' +
    '65772e437d6c7f8ce442734af7ccb7ae837c264ae3a9beb87f8a2fe9b8b5292e' +
    '5a021fff5e91479e8ce7a28c2442c6f315180f93499a234dcf76e3fed135f9bb',
);

const N2048 = BigInt(
  '0x' +
    'ac6bdb41324a9a9bf166de5e1389582faf72b6651987ee07fc3192943db56050' +
    'a37329cbb4a099ed8193e0757767a13dd52312ab4b03310dcd7f48a9da04fd50' +
    'e8083969edb767b0cf6095179a163ab3661a05fbd5faaae82918a9962f0b93b8' +
    '55f97993ec975eeaa80d740adbf4ff747359d041d5c33ea71d281e446b14773b' +
    'ca97b43a23fb801676bd207a436c6481f1d2b9078717461a5b9d32e688f87748' +
    '544523b524b0d57d5ea77a2775d2ecfa032cfbdbf52fb3786160279004e57ae6' +
    'af874e7303ce53299ccc041c7bc308d82a5698f3a8d0c38271ae35f8e9dbfbb6' +
    '94b5c803d89f7ae435de236d525f54759b65e372fcd68ef20fa7111f9e4aff73',
);

export const SRP_GROUPS: Readonly<Record<SrpGroupName, DhGroupParams>> = {
  srp1024: { p: N1024, g: 2n },
  srp1536: { p: N1536, g: 2n },
  srp2048: { p: N2048, g: 2n },
  srp3072: { p: MODP_3072, g: 5n },
  srp4096: { p: MODP_4096, g: 5n },
  srp6144: { p: MODP_6144, g: 5n },
  srp8192: { p: MODP_8192, g: 19n },
};

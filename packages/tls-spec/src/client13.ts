// Generated from specs/tls/client13.spec by otpnet-gen. Do not edit.


#!/usr/bin/env python3
"""Writes the NumPy-made fixtures of the io tests (run once by hand with numpy 2.4.6; CI never
runs it: the files it writes are committed). The tests read these files with the Java readers and
compare them with the Java test writers' output for the same arrays."""
import io
import zipfile

import numpy as np

# A 2 x 3 encoder, 3 x 2 decoder and bias, every value exact in float16 and bfloat16.
W_enc = np.array([[1.0, -0.5, 0.25], [0.0, 0.75, -1.5]])
W_dec = np.array([[1.0, 0.0], [-0.5, 0.75], [0.25, -1.5]])
b = np.array([0.125, -0.25, 0.5])

for dt in ["<f2", "<f4", "<f8", ">f2", ">f4", ">f8", "<i4", ">i2", "|u1"]:
    a = (W_dec * 4).astype(dt) if dt[1] in "iu" and dt != "|u1" else W_dec.astype(dt)
    if dt == "|u1":
        a = np.array([[1, 0], [2, 255], [7, 128]], dtype="|u1")
    np.save("np-W_dec-%s.npy" % dt.replace("<", "le").replace(">", "be").replace("|", ""), a)
np.save("np-W_dec-fortran-lef4.npy", np.asfortranarray(W_dec.astype("<f4")))
np.save("np-W_dec-fortran-bef8.npy", np.asfortranarray(W_dec.astype(">f8")))
np.save("np-b-1d-lef8.npy", b)
# format 2.0 and 3.0 headers, written through numpy's own format module
for version in [(2, 0), (3, 0)]:
    with open("np-W_enc-v%d.npy" % version[0], "wb") as f:
        np.lib.format.write_array(f, W_enc.astype("<f4"), version=version)
np.savez("np-layer.npz", W_enc=W_enc, W_dec=W_dec, b=b)
np.savez_compressed("np-layer-compressed.npz", W_enc=W_enc.astype("<f4"), W_dec=W_dec.astype(">f2"), b=b)
np.savez("np-tied.npz", W=W_enc.astype("<f4"), b_final=b.astype("<f4"))

# float16 edge values and their float64 conversions by numpy, position by position.
bits = np.array([0x0000, 0x8000, 0x0001, 0x8001, 0x03ff, 0x0400, 0x3555, 0x3c00, 0x3c01, 0xbc00,
                 0x7bff, 0xfbff, 0x4248, 0x2e66, 0x1234], dtype="<u2")
half = bits.view("<f2")
np.save("np-f16-edges.npy", half)
np.save("np-f16-edges-as-f8.npy", half.astype("<f8"))

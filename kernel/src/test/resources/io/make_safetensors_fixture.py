#!/usr/bin/env python3
"""Writes st-pytorch-names.safetensors by following the safetensors format description directly
(struct + json + numpy; the safetensors package was not installed). Run once by hand with
numpy 2.4.6; the file is committed and CI never runs this script."""
import json
import struct

import numpy as np

W_enc = np.array([[1.0, -0.5, 0.25], [0.0, 0.75, -1.5]])   # encoder.weight: nn.Linear(3, 2).weight
W_dec = np.array([[1.0, 0.0], [-0.5, 0.75], [0.25, -1.5]])  # decoder.weight: nn.Linear(2, 3).weight
b = np.array([0.125, -0.25, 0.5])

def bf16(a):
    return (a.astype("<f4").view("<u4") >> 16).astype("<u2").tobytes()

tensors = [
    ("encoder.weight", "BF16", W_enc.shape, bf16(W_enc)),
    ("encoder.bias", "F32", (2,), np.zeros(2, dtype="<f4").tobytes()),
    ("decoder.weight", "F16", W_dec.shape, W_dec.astype("<f2").tobytes()),
    ("decoder.bias", "F64", b.shape, b.astype("<f8").tobytes()),
    ("step", "I64", (), np.array(7, dtype="<i8").tobytes()),
]
header, data = {"__metadata__": {"format": "pt"}}, b""
for name, dtype, shape, raw in tensors:
    header[name] = {"dtype": dtype, "shape": list(shape), "data_offsets": [len(data), len(data) + len(raw)]}
    data += raw
text = json.dumps(header, separators=(",", ":")).encode()
text += b" " * (-len(text) % 8)
with open("st-pytorch-names.safetensors", "wb") as f:
    f.write(struct.pack("<Q", len(text)) + text + data)

/**
 * Readers of weight files (JSON, NumPy {@code .npy}/{@code .npz}, {@code .safetensors}). Every
 * value is converted to the exact rational it denotes; every problem in a file is reported as a
 * value naming the file, the tensor and the problem.
 */
package org.segmentable.io;

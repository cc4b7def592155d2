/**
 * Readers of weight files (JSON, NumPy {@code .npy}/{@code .npz}, {@code .safetensors}). Every
 * value is converted to the exact rational it denotes; every problem in a file is reported as a
 * value naming the file, the tensor and the problem.
 *
 * <p>Two levels: {@link org.segmentable.io.TensorFile} reads any binary file into named
 * {@link org.segmentable.io.Tensor}s (shape, {@link org.segmentable.io.DType}, values decoded
 * exactly on demand), for any model shape; {@link org.segmentable.io.ModelFiles} assembles a
 * {@link org.segmentable.layer.ReluLayer} from them (or from JSON via
 * {@link org.segmentable.io.JsonModels}), picking tensors by {@link org.segmentable.io.TensorNames}.
 * The binary readers ({@code Npy}, {@code Zip}, {@code Safetensors}, package-private) check every
 * length and offset against the file before use: they never throw, hang or allocate beyond a
 * bounded multiple of the file's length on any byte sequence. {@code MlpJson} and
 * {@code SliceJson} read multi-layer models and latent slices; {@link org.segmentable.io.MlpTensors}
 * reads a multi-layer model from tensors named as {@code nn.Sequential} saves them ({@code 0.weight}, ...).
 * {@link org.segmentable.io.ModelFile} reads any model file once and says which kind it holds.
 */
package org.segmentable.io;

/**
 * Readers of weight files: JSON, NumPy {@code .npy} and {@code .npz}, and {@code .safetensors}.
 * Every value becomes the exact rational it denotes (a float16 or bfloat16 decoded from its bits,
 * a float32 or float64 taken as the binary fraction it is); every problem in a file is returned as
 * a value naming the file, the tensor and the problem, all problems at once.
 *
 * <p>Two levels:
 * <ul>
 *   <li>{@link org.segmentable.io.TensorFile} reads any supported binary file (or a directory of
 *       {@code .npy} files) into named {@link org.segmentable.io.Tensor}s: shape,
 *       {@link org.segmentable.io.DType}, values decoded exactly on demand; for any model shape.</li>
 *   <li>Model readers assemble kernel values from them:
 *       {@link org.segmentable.io.ModelFiles} a {@link org.segmentable.layer.ReluLayer} from any
 *       format, picking tensors by {@link org.segmentable.io.TensorNames} (or from JSON through
 *       {@link org.segmentable.io.JsonModels}); {@link org.segmentable.io.MlpJson} and
 *       {@link org.segmentable.io.MlpTensors} a deep model (a network and its input slice) from
 *       JSON or from tensors named as PyTorch's {@code nn.Sequential} saves them
 *       ({@code 0.weight}, {@code 0.bias}, ...); {@link org.segmentable.io.SliceJson} a latent
 *       slice; {@link org.segmentable.io.ModelFile} reads any model file once and says which kind it
 *       holds.</li>
 * </ul>
 *
 * <p>The binary readers ({@code Npy}, {@code Zip}, {@code Safetensors}, with {@code PyLiteral} for
 * the {@code .npy} header; package-private) check every length and offset against the file before
 * use: on any byte sequence they never throw, hang or allocate beyond a bounded multiple of the
 * file's length. The package-private {@code JsonValues} reads exact numbers, vectors and matrices
 * from JSON, naming each bad entry by its path; {@code ModelReading} holds the steps every model
 * reader shares (the file's stem as default name, problems prefixed with the file, layers chained
 * into a network when reading them found no problem).
 *
 * <p>{@code ModelFiles.read(Path.of("sae.safetensors"))} is {@code Valid(layer)} or
 * {@code Invalid(["sae.safetensors: W_dec[3][1] is NaN", ...])}.
 */
package org.segmentable.io;

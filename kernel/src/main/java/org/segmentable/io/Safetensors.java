package org.segmentable.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The safetensors format: an 8-byte little-endian header length {@code N}, {@code N} bytes of
 * JSON mapping each tensor name to {@code {"dtype": "F32", "shape": [6, 2], "data_offsets":
 * [begin, end]}} (offsets into the data buffer that follows; an optional {@code "__metadata__"}
 * entry is skipped), then the data buffer, little-endian, C order. Every offset is checked against
 * the buffer, every size against the shape, and tensors must neither overlap nor leave holes (as
 * the reference implementation requires).
 *
 * <p>{@code Safetensors.parse(bytes)} is {@code Valid({decoder.weight=..., ...})} for a file written
 * by {@code safetensors.torch.save_file}.
 */
final class Safetensors {

    private Safetensors() {
    }

    /** Whether {@code data} looks like safetensors: a header length that fits, then {@code '{'}. */
    static boolean hasMagic(byte[] data) {
        if (data.length < 10) {
            return false;
        }
        long n = Bytes.le(data, 0, 8);
        return n >= 2 && n <= data.length - 8 && data[8] == '{';
    }

    /**
     * Reads every tensor.
     *
     * @param data the file's bytes, never modified afterwards
     * @return the tensors in header order, or every problem found (without the file name)
     */
    static Validation<Seq<String>, Map<String, Tensor>> parse(byte[] data) {
        if (data.length < 8) {
            return invalid("truncated: " + data.length + " bytes, the safetensors header length alone takes 8");
        }
        long n = Bytes.le(data, 0, 8);
        if (n < 0 || n > data.length - 8) {
            return invalid("header length " + Long.toUnsignedString(n) + " runs past the end of the file (8 + "
                    + Long.toUnsignedString(n) + " bytes needed, the file has " + data.length + ")");
        }
        Either<String, JsonNode> header = JsonValues.strictTree(data, 8, (int) n);
        if (header.isLeft()) {
            return invalid("malformed JSON header: " + header.getLeft());
        }
        JsonNode root = header.get();
        if (root == null || !root.isObject()) {
            return invalid("malformed header: expected a JSON object mapping tensor names to "
                    + "{\"dtype\", \"shape\", \"data_offsets\"}");
        }
        int bufferStart = 8 + (int) n;
        long buffer = data.length - bufferStart;
        Vector<String> problems = Vector.empty();
        Map<String, Tensor> tensors = LinkedHashMap.empty();
        Vector<Tuple3<String, Long, Long>> spans = Vector.empty();
        for (java.util.Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            if (name.equals("__metadata__")) {
                continue;
            }
            String where = "tensor '" + name + "': ";
            JsonNode info = field.getValue();
            if (!info.isObject()) {
                problems = problems.append(where + "expected {\"dtype\", \"shape\", \"data_offsets\"}, found " + brief(info));
                continue;
            }
            JsonNode dtype = info.path("dtype");
            Either<String, Vector<Integer>> shape = shape(info.path("shape"));
            Either<String, long[]> offsets = offsets(info.path("data_offsets"), buffer);
            Vector<String> local = Vector.empty();
            if (!dtype.isTextual()) {
                local = local.append(where + "\"dtype\" must be a string such as \"F32\", found " + brief(dtype));
            }
            if (shape.isLeft()) {
                local = local.append(where + shape.getLeft());
            }
            if (offsets.isLeft()) {
                local = local.append(where + offsets.getLeft());
            }
            if (!local.isEmpty()) {
                problems = problems.appendAll(local);
                continue;
            }
            long begin = offsets.get()[0];
            long end = offsets.get()[1];
            spans = spans.append(Tuple.of(name, begin, end));
            Option<DType> type = DType.ofSafetensors(dtype.asText());
            if (type.isEmpty()) {
                if (Bytes.elements(shape.get(), Integer.MAX_VALUE) < 0) {
                    problems = problems.append(where + "shape " + shape.get().mkString("[", ", ", "]")
                            + " has more than 2^31 elements");
                } else {
                    tensors = tensors.put(name, Tensor.unsupported(name, shape.get(), dtype.asText()));
                }
                continue;
            }
            int width = type.get().size();
            long elements = Bytes.elements(shape.get(), Long.MAX_VALUE / 16);
            if (elements < 0 || elements * width != end - begin) {
                problems = problems.append(where + type.get() + " shape " + shape.get().mkString("[", ", ", "]")
                        + " needs " + (elements < 0 ? "more than " + (end - begin) : String.valueOf(elements * width))
                        + " bytes, data_offsets [" + begin + ", " + end + "] hold " + (end - begin));
                continue;
            }
            tensors = tensors.put(name, Tensor.raw(name, shape.get(), type.get(), data, bufferStart + (int) begin,
                    false, false));
        }
        if (problems.isEmpty()) {
            problems = problems.appendAll(layout(spans, buffer));
        }
        return problems.isEmpty() ? Validation.valid(tensors) : Validation.invalid(problems);
    }

    /** Overlaps and holes in the data buffer. */
    private static Seq<String> layout(Vector<Tuple3<String, Long, Long>> spans, long buffer) {
        Vector<String> problems = Vector.empty();
        long covered = 0;
        Option<Tuple3<String, Long, Long>> previous = Option.none();
        for (Tuple3<String, Long, Long> span : spans.sortBy(s -> s._2)) {
            if (span._2 < covered && previous.isDefined()) {
                Tuple3<String, Long, Long> p = previous.get();
                problems = problems.append("tensors '" + p._1 + "' [" + p._2 + ", " + p._3 + ") and '" + span._1
                        + "' [" + span._2 + ", " + span._3 + ") overlap");
            } else if (span._2 > covered) {
                problems = problems.append("bytes [" + covered + ", " + span._2 + ") of the data buffer belong to no tensor");
            }
            covered = Math.max(covered, span._3);
            previous = Option.some(span);
        }
        if (covered < buffer) {
            problems = problems.append((buffer - covered) + " bytes after the last tensor's data belong to no tensor");
        }
        return problems;
    }

    private static Either<String, Vector<Integer>> shape(JsonNode node) {
        if (!node.isArray()) {
            return Either.left("\"shape\" must be an array of integers, found " + brief(node));
        }
        Vector<Integer> dims = Vector.empty();
        for (JsonNode dim : node) {
            if (!dim.isIntegralNumber() || !dim.canConvertToInt() || dim.asInt() < 0) {
                return Either.left("\"shape\" " + brief(node) + " must hold non-negative integers below 2^31");
            }
            dims = dims.append(dim.asInt());
        }
        return Either.right(dims);
    }

    private static Either<String, long[]> offsets(JsonNode node, long buffer) {
        if (!node.isArray() || node.size() != 2 || !node.get(0).isIntegralNumber() || !node.get(1).isIntegralNumber()
                || !node.get(0).canConvertToLong() || !node.get(1).canConvertToLong()) {
            return Either.left("\"data_offsets\" must be [begin, end], found " + brief(node));
        }
        long begin = node.get(0).asLong();
        long end = node.get(1).asLong();
        if (begin < 0 || end < begin) {
            return Either.left("\"data_offsets\" " + brief(node) + " must satisfy 0 <= begin <= end");
        }
        if (end > buffer) {
            return Either.left("\"data_offsets\" " + brief(node) + " run past the end of the data buffer (" + buffer
                    + " bytes)");
        }
        return Either.right(new long[] {begin, end});
    }

    /** A JSON value for a message, cut to a readable length. */
    private static String brief(JsonNode node) {
        String text = node.isMissingNode() ? "nothing" : node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static <T> Validation<Seq<String>, T> invalid(String message) {
        return Validation.invalid(Vector.of(message));
    }
}

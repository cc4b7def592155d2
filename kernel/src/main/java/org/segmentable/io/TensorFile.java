package org.segmentable.io;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads every tensor of a NumPy {@code .npy} file, a NumPy {@code .npz} archive, a directory of
 * {@code .npy} files, or a {@code .safetensors} file, into named {@link Tensor}s whose values
 * convert exactly. The format is recognised by its magic bytes first, then by the file's
 * extension. Readers never throw on bad bytes and never allocate more than a bounded multiple of
 * the file's length: every problem comes back as a message naming the file (and the entry or
 * tensor).
 *
 * <p>{@code TensorFile.read(Path.of("sae.safetensors"))} is
 * {@code Valid({W_enc=Tensor[W_enc F32 [2, 6]], ...})}; a truncated file gives e.g.
 * {@code Invalid(["sae.safetensors: header length 33554432 runs past the end of the file (120 bytes)"])}.
 */
public final class TensorFile {

    /** The largest file read: Java arrays stop near 2 GiB. */
    public static final long MAX_BYTES = Integer.MAX_VALUE - 64;

    /** The binary formats. */
    public enum Format {
        /** One NumPy array. */
        NPY,
        /** A zip of NumPy arrays, named by entry ({@code W_enc.npy} holds {@code W_enc}). */
        NPZ,
        /** Hugging Face safetensors. */
        SAFETENSORS
    }

    private TensorFile() {
    }

    /**
     * Reads a tensor file, or every {@code *.npy} file of a directory (each named by its stem).
     *
     * @param file the file or directory, not null
     * @return the tensors by name in file order, or every problem, each naming {@code file}
     */
    public static Validation<Seq<String>, Map<String, Tensor>> read(Path file) {
        Objects.requireNonNull(file, "file is null");
        if (Files.isDirectory(file)) {
            return readDirectory(file);
        }
        return bytes(file).flatMap(data -> parse(file.toString(), data));
    }

    /**
     * Reads tensors from bytes already in memory.
     *
     * <p>{@code TensorFile.parse("x.npz", new byte[0])} is
     * {@code Invalid(["x.npz: not a zip archive (.npz): expected the magic 50 4b 03 04, found (no bytes)"])}.
     *
     * @param label the file's name, for messages and to guess the format by extension, not null
     * @param data the bytes, not null; never modified, and not to be modified by the caller afterwards
     * @return the tensors by name in file order, or every problem, each starting with {@code label}
     */
    public static Validation<Seq<String>, Map<String, Tensor>> parse(String label, byte[] data) {
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(data, "data is null");
        Option<Format> format = detect(label, data);
        if (format.isEmpty()) {
            return Validation.invalid(Vector.of(label + ": unrecognised file format (expected .json, .npy, .npz or "
                    + ".safetensors; first bytes " + Bytes.hex(data, 0, 8) + ")"));
        }
        Validation<Seq<String>, Map<String, Tensor>> tensors;
        switch (format.get()) {
            case NPY:
                tensors = Npy.parse(stem(label), data, 0, data.length).map(t -> LinkedHashMap.of(t.name(), t));
                break;
            case NPZ:
                tensors = npz(data);
                break;
            default:
                tensors = Safetensors.parse(data);
                break;
        }
        return tensors.mapError(problems -> problems.map(p -> label + ": " + Bytes.printable(p)));
    }

    /**
     * The format of some bytes: by magic ({@code \x93NUMPY}, {@code PK}, a fitting safetensors
     * header length followed by an opening brace), else by the label's extension, else none.
     *
     * <p>{@code TensorFile.detect("m.bin", npyBytes)} is {@code Some(NPY)}.
     *
     * @param label the file name
     * @param data the bytes
     * @return the format to read it as
     */
    public static Option<Format> detect(String label, byte[] data) {
        if (Npy.hasMagic(data, 0, data.length)) {
            return Option.some(Format.NPY);
        }
        if (Zip.hasMagic(data)) {
            return Option.some(Format.NPZ);
        }
        if (Safetensors.hasMagic(data)) {
            return Option.some(Format.SAFETENSORS);
        }
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".npy")) {
            return Option.some(Format.NPY);
        }
        if (lower.endsWith(".npz")) {
            return Option.some(Format.NPZ);
        }
        if (lower.endsWith(".safetensors") || lower.endsWith(".st")) {
            return Option.some(Format.SAFETENSORS);
        }
        return Option.none();
    }

    /**
     * A file's bytes, refusing files beyond {@link #MAX_BYTES} and anything but a regular file.
     *
     * @param file the file
     * @return the bytes, or a message naming the file
     */
    static Validation<Seq<String>, byte[]> bytes(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a device or a pipe could stream without end
            return Validation.invalid(Vector.of(file + ": not a regular file"));
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Validation.invalid(Vector.of(file + ": " + size + " bytes is too large (the limit is "
                        + MAX_BYTES + ")"));
            }
            return Validation.valid(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Validation.invalid(Vector.of(file + ": no such file"));
        } catch (IOException | OutOfMemoryError e) {
            return Validation.invalid(Vector.of(file + ": cannot read: " + e.getMessage()));
        }
    }

    private static Validation<Seq<String>, Map<String, Tensor>> npz(byte[] data) {
        return Zip.entries(data).flatMap(entries -> {
            Vector<String> problems = Vector.empty();
            Map<String, Tensor> tensors = LinkedHashMap.empty();
            for (Zip.Entry entry : entries) {
                if (!entry.name().endsWith(".npy")) {
                    continue; // numpy.load ignores other members too
                }
                String name = entry.name().substring(0, entry.name().length() - 4);
                if (tensors.containsKey(name)) {
                    problems = problems.append("entry '" + entry.name() + "' appears twice");
                    continue;
                }
                Validation<Seq<String>, Tensor> tensor = Npy.parse(name, entry.data(), entry.start(), entry.end());
                if (tensor.isInvalid()) {
                    problems = problems.appendAll(tensor.getError().map(p -> "entry '" + entry.name() + "': " + p));
                } else {
                    tensors = tensors.put(name, tensor.get());
                }
            }
            return problems.isEmpty() ? Validation.valid(tensors) : Validation.invalid(problems);
        });
    }

    private static Validation<Seq<String>, Map<String, Tensor>> readDirectory(Path dir) {
        Vector<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = Vector.ofAll(list.filter(p -> p.getFileName().toString().endsWith(".npy"))
                    .filter(Files::isRegularFile).sorted());
        } catch (IOException e) {
            return Validation.invalid(Vector.of(dir + ": cannot list the directory: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            return Validation.invalid(Vector.of(dir + ": the directory holds no .npy files"));
        }
        Vector<String> problems = Vector.empty();
        Map<String, Tensor> tensors = LinkedHashMap.empty();
        for (Path file : files) {
            Validation<Seq<String>, Map<String, Tensor>> one = bytes(file).flatMap(data -> {
                if (!Npy.hasMagic(data, 0, data.length)) {
                    return Validation.invalid(Vector.of(file + ": not a .npy array: expected the magic \\x93NUMPY, "
                            + "found " + Bytes.hex(data, 0, 6)));
                }
                return parse(file.toString(), data);
            });
            if (one.isInvalid()) {
                problems = problems.appendAll(one.getError());
            } else {
                tensors = tensors.merge(one.get());
            }
        }
        return problems.isEmpty() ? Validation.valid(tensors) : Validation.invalid(problems);
    }

    /** The file name without directories and its last extension: {@code "dir/W_enc.npy"} gives {@code "W_enc"}. */
    static String stem(String label) {
        String name = label.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

package org.segmentable.cli;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.segmentable.cli.raster.Raster;

/**
 * Writes output files without ever losing a user's file.
 *
 * <ul>
 *   <li>The bytes go to a temporary file in the target's directory, which is then moved into place
 *       (atomically where the file system can): never a partial file. A replaced file keeps its
 *       permissions.</li>
 *   <li>Only a regular, writable file is replaced. A directory, FIFO, device node or other special
 *       file, a symbolic link, and a file without any write permission (even for root) are refused
 *       with one message and left exactly as they were. A symbolic link is refused rather than
 *       written through: replacing it by a move would break the link, and writing through would
 *       change a file elsewhere that the command line does not name; naming the link's target is
 *       one word away.</li>
 *   <li>The target is never one of the command's input files (the model, every file of an
 *       {@code .npy} directory, the slice file), compared as the same file
 *       ({@link Files#isSameFile}), so hard links and other spellings are caught too.</li>
 *   <li>{@code -o -} writes the figure to standard output (SVG only).</li>
 * </ul>
 *
 * <p>{@code Output.write(Path.of("out.svg"), bytes, List.empty())} is {@code Right(absolutePath)}.
 */
final class Output {

    /** The {@code -o} value meaning standard output. */
    static final String STDOUT = "-";

    private Output() {
    }

    /**
     * Gives the temporary file the target's permissions when it exists, else {@code rw-r--r--}
     * (a temporary file starts private), on file systems with POSIX permissions.
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    /**
     * Whether {@code -o} names standard output.
     *
     * @param target the {@code -o} path, not null
     * @return whether it is {@code -}
     */
    static boolean isStdout(Path target) {
        return target.toString().equals(STDOUT);
    }

    /**
     * Writes a figure as SVG or as a PNG rendered by Batik, prints the path written on {@code out}, or
     * one message on {@code err}: the shared last step of the render commands. A target {@code -}
     * prints the SVG itself on {@code out} instead.
     *
     * @param svg the SVG document, not null
     * @param png whether to rasterize it
     * @param width the PNG width in pixels
     * @param target the file to write, not null
     * @param inputs the files the command read, not null: the target may not be one of them
     * @param out standard output
     * @param err standard error
     * @return the exit code: 0 when written, 1 otherwise
     */
    static int figure(String svg, boolean png, int width, Path target, Seq<Path> inputs, PrintWriter out,
            PrintWriter err) {
        Objects.requireNonNull(svg, "svg is null");
        if (isStdout(target)) {
            if (png) {
                err.println("segmentable render: -o - writes SVG only; give a file name for PNG");
                return 1;
            }
            out.print(svg);
            out.flush();
            return 0;
        }
        Option<String> refused = refusal(target, inputs);
        if (refused.isDefined()) {
            err.println("segmentable render: " + refused.get());
            return 1;
        }
        byte[] bytes;
        try {
            bytes = png ? Raster.png(svg, width) : svg.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            err.println("segmentable render: " + e.getMessage());
            return 1;
        }
        Either<String, Path> written = write(target, bytes, inputs);
        if (written.isLeft()) {
            err.println("segmentable render: " + written.getLeft());
            return 1;
        }
        out.println(written.get());
        return 0;
    }

    /**
     * Why {@code target} may not be written, if it may not: it names an input file, or exists and is
     * not a regular writable file, or its directory is missing.
     *
     * @param target the file to write, not null
     * @param inputs the files the command read, not null (a directory stands for every file in it)
     * @return one message naming the file and the problem, or none when it may be written
     */
    static Option<String> refusal(Path target, Seq<Path> inputs) {
        Objects.requireNonNull(target, "target is null");
        Objects.requireNonNull(inputs, "inputs is null");
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Option.some(target + ": the directory " + dir + " does not exist");
        }
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            return Option.none();
        }
        if (Files.isSymbolicLink(abs)) {
            return Option.some(target + ": is a symbolic link; -o replaces only regular files (name the file it "
                    + "points to)");
        }
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            return Option.some(target + ": is a directory");
        }
        if (!Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
            return Option.some(target + ": is not a regular file (a FIFO, device or socket); -o replaces only "
                    + "regular files");
        }
        if (readOnly(abs)) {
            return Option.some(target + ": is read-only; -o replaces only writable files");
        }
        return inputs.flatMap(Output::inputFiles).find(in -> sameFile(abs, in))
                .map(in -> target + ": is an input file (" + in + "); choose another output file");
    }

    /** A file with no write permission for anyone (POSIX), or one this process may not write. */
    private static boolean readOnly(Path abs) {
        if (!Files.isWritable(abs)) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(abs, LinkOption.NOFOLLOW_LINKS);
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** The input itself, or every entry of an input directory. */
    private static Seq<Path> inputFiles(Path input) {
        if (!Files.isDirectory(input)) {
            return Vector.of(input);
        }
        try (Stream<Path> s = Files.list(input)) {
            return Vector.ofAll(s).prepend(input);
        } catch (IOException e) {
            return Vector.of(input);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Writes a file through a temporary file and a move, after the checks of
     * {@link #refusal(Path, Seq)}.
     *
     * @param target the file to write, not null; its directory must exist
     * @param bytes the content, not null
     * @param inputs the files the command read, not null: the target may not be one of them
     * @return the absolute path written, or one message naming the file and the problem
     */
    static Either<String, Path> write(Path target, byte[] bytes, Seq<Path> inputs) {
        Objects.requireNonNull(bytes, "bytes is null");
        Option<String> refused = refusal(target, inputs);
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        Path abs = target.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
            Files.write(tmp, bytes);
            permissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            return Either.right(abs);
        } catch (AccessDeniedException e) {
            return Either.left(target + ": cannot write: permission denied in " + abs.getParent());
        } catch (IOException e) {
            return Either.left(target + ": cannot write: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is gone or unreachable; nothing else to do
                }
            }
        }
    }
}

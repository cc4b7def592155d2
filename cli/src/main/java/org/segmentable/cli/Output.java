package org.segmentable.cli;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import org.segmentable.cli.raster.Raster;

/**
 * Writes output files without ever leaving a partial one: the bytes go to a temporary file in the
 * target's directory, which is then moved into place (atomically where the file system can).
 *
 * <p>{@code Output.write(Path.of("out.svg"), bytes)} is {@code Right(absolutePath)}.
 */
final class Output {

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
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    /**
     * Writes a figure as SVG or as a PNG rendered by Batik, prints the path written on {@code out}, or
     * one message on {@code err}: the shared last step of the render commands.
     *
     * @param svg the SVG document, not null
     * @param png whether to rasterize it
     * @param width the PNG width in pixels
     * @param target the file to write, not null
     * @param out standard output
     * @param err standard error
     * @return the exit code: 0 when written, 1 otherwise
     */
    static int figure(String svg, boolean png, int width, Path target, PrintWriter out, PrintWriter err) {
        Objects.requireNonNull(svg, "svg is null");
        byte[] bytes;
        try {
            bytes = png ? Raster.png(svg, width) : svg.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            err.println("segmentable render: " + e.getMessage());
            return 1;
        }
        Either<String, Path> written = write(target, bytes);
        if (written.isLeft()) {
            err.println("segmentable render: " + written.getLeft());
            return 1;
        }
        out.println(written.get());
        return 0;
    }

    /**
     * Writes a file through a temporary file and a move.
     *
     * @param target the file to write, not null; its directory must exist
     * @param bytes the content, not null
     * @return the absolute path written, or one message naming the file and the problem
     */
    static Either<String, Path> write(Path target, byte[] bytes) {
        Objects.requireNonNull(target, "target is null");
        Objects.requireNonNull(bytes, "bytes is null");
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Either.left(target + ": the directory " + dir + " does not exist");
        }
        if (Files.isDirectory(abs)) {
            return Either.left(target + ": is a directory");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            Files.write(tmp, bytes);
            permissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            return Either.right(abs);
        } catch (IOException e) {
            return Either.left(target + ": cannot write: " + e.getClass().getSimpleName() + " " + e.getMessage());
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

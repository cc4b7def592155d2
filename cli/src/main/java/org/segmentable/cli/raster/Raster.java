package org.segmentable.cli.raster;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.Objects;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Raster export through Apache Batik: the SVG text is rendered by Batik's GVT renderer, at a chosen
 * pixel width (the height follows the {@code viewBox}'s aspect).
 *
 * <p>{@code Raster.png(svg, 1200)} is the bytes of a 1200-pixel-wide PNG of {@code svg}.
 */
public final class Raster {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Raster() {
    }

    /**
     * Renders an SVG document to PNG bytes.
     *
     * @param svg the SVG text, not null
     * @param width the image width in pixels, positive
     * @return the PNG file's bytes
     * @throws IllegalArgumentException if Batik cannot render the document (the message says why)
     */
    public static byte[] png(String svg, int width) {
        Objects.requireNonNull(svg, "svg is null");
        requireWidth(width);
        PNGTranscoder t = new PNGTranscoder();
        t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transcode(t, svg, new TranscoderOutput(out));
        return out.toByteArray();
    }

    private static void requireWidth(int width) {
        if (width <= 0 || width > 20000) {
            throw new IllegalArgumentException("width must be in [1, 20000] pixels, got " + width);
        }
    }

    private static void transcode(PNGTranscoder t, String svg, TranscoderOutput out) {
        TranscoderInput in = new TranscoderInput(new StringReader(svg));
        in.setURI("file:/segmentable/figure.svg");
        try {
            t.transcode(in, out);
        } catch (TranscoderException e) {
            throw new IllegalArgumentException("Batik cannot render the SVG: " + e.getMessage(), e);
        }
    }

}

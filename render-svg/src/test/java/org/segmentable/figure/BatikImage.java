package org.segmentable.figure;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/** The figures rendered by Apache Batik (a test dependency) into images, for pixel checks. */
final class BatikImage {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private BatikImage() {
    }

    /** Renders an SVG document at a pixel width (the height follows the {@code viewBox}'s aspect). */
    static BufferedImage of(String svg, int width) {
        Capture t = new Capture();
        t.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) width);
        TranscoderInput in = new TranscoderInput(new StringReader(svg));
        in.setURI("file:/segmentable/figure.svg");
        try {
            t.transcode(in, null);
        } catch (TranscoderException e) {
            throw new AssertionError("Batik cannot render the SVG: " + e.getMessage(), e);
        }
        return t.image;
    }

    /** Keeps the rendered image instead of encoding it. */
    private static final class Capture extends ImageTranscoder {
        private BufferedImage image;

        @Override
        public BufferedImage createImage(int w, int h) {
            return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, org.apache.batik.transcoder.TranscoderOutput output) {
            this.image = img;
        }
    }
}

package org.segmentable.cli.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RasterTest {

    @Test
    void testRaster_pngHasRequestedWidth() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"10\" height=\"5\" viewBox=\"0 0 10 5\">"
                + "<rect width=\"10\" height=\"5\" fill=\"#ff0000\"/></svg>";
        byte[] png = Raster.png(svg, 40);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(40, img.getWidth());
        assertEquals(20, img.getHeight());
        assertEquals(0xFFFF0000, img.getRGB(20, 10));
        assertThrows(IllegalArgumentException.class, () -> Raster.png("<svg", 40));
    }
}

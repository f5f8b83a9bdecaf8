package org.polycentric.output.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG writer for charts: 8-bit RGB, every row filtered with "Up", fast deflate, and the
 * resolution in a pHYs chunk. Charts are mostly flat colour, so this is about four times faster
 * than ImageIO's writer for files about a third larger, which matters when a run writes many
 * 300 dpi charts.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte FILTER_UP = 2;
    private static final double METRES_PER_INCH = 0.0254;

    private PngEncoder() {
    }

    /** Encodes an image of type {@link BufferedImage#TYPE_INT_RGB}, recording {@code dpi} as its resolution. */
    static byte[] encode(BufferedImage image, int dpi) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("PNG encoder expects TYPE_INT_RGB, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = ((SinglePixelPackedSampleModel) image.getSampleModel()).getScanlineStride();
        int rowBytes = 3 * width;

        // every row "Up"-filtered (the difference to the row above, which a chart's flat areas turn
        // into zeros) straight from the pixels into one buffer, then deflated in a single call
        byte[] filtered = new byte[(rowBytes + 1) * height];
        int at = 0;
        for (int y = 0; y < height; y++) {
            filtered[at++] = FILTER_UP;
            int row = y * stride;
            if (y == 0) {
                for (int x = 0; x < width; x++) {
                    int c = pixels[row + x];
                    filtered[at++] = (byte) (c >> 16);
                    filtered[at++] = (byte) (c >> 8);
                    filtered[at++] = (byte) c;
                }
            } else {
                int above = row - stride;
                for (int x = 0; x < width; x++) {
                    int c = pixels[row + x];
                    int u = pixels[above + x];
                    filtered[at++] = (byte) ((c >> 16) - (u >> 16));
                    filtered[at++] = (byte) ((c >> 8) - (u >> 8));
                    filtered[at++] = (byte) (c - u);
                }
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(1 << 12, filtered.length / 32));
        try {
            deflater.setInput(filtered);
            deflater.finish();
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                compressed.write(buffer, 0, n);
            }
        } finally {
            deflater.end();
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.size() + 128);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // truecolour
        chunk(out, "IHDR", header);
        byte[] phys = new byte[9];
        int perMetre = (int) Math.round(dpi / METRES_PER_INCH);
        putInt(phys, 0, perMetre);
        putInt(phys, 4, perMetre);
        phys[8] = 1; // the unit is the metre
        chunk(out, "pHYs", phys);
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}

package org.polycentric.output.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.block.Arrangement;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.ui.Size2D;

/**
 * Lays blocks (legend entries) out in rows like a paragraph and centres every row, so a legend
 * that wraps keeps its last, shorter row under the middle of the plot. JFreeChart's
 * FlowArrangement accepts an alignment but always starts rows at the left.
 */
final class CentredFlowArrangement implements Arrangement {
    private final double horizontalGap;
    private final double verticalGap;

    CentredFlowArrangement(double horizontalGap, double verticalGap) {
        this.horizontalGap = horizontalGap;
        this.verticalGap = verticalGap;
    }

    @Override
    public void add(Block block, Object key) {
        // blocks are read from the container when arranged
    }

    @Override
    public void clear() {
    }

    @Override
    public Size2D arrange(BlockContainer container, Graphics2D g2, RectangleConstraint constraint) {
        @SuppressWarnings("unchecked")
        List<Block> blocks = container.getBlocks();
        int n = blocks.size();
        double maxWidth = constraint.getWidthConstraintType() == LengthConstraintType.NONE
                ? Double.POSITIVE_INFINITY : constraint.getWidth();
        if (constraint.getWidthConstraintType() == LengthConstraintType.RANGE) {
            maxWidth = constraint.getWidthRange().getUpperBound();
        }
        double[] widths = new double[n];
        double[] heights = new double[n];
        for (int i = 0; i < n; i++) {
            Size2D size = blocks.get(i).arrange(g2, RectangleConstraint.NONE);
            widths[i] = size.width;
            heights[i] = size.height;
        }
        // first pass: where rows break and how wide the widest is
        int[] rowOf = new int[n];
        double widest = 0;
        double rowWidth = 0;
        int row = 0;
        for (int i = 0; i < n; i++) {
            double needed = rowWidth == 0 ? widths[i] : rowWidth + horizontalGap + widths[i];
            if (rowWidth > 0 && needed > maxWidth) {
                row++;
                needed = widths[i];
            }
            rowWidth = needed;
            rowOf[i] = row;
            widest = Math.max(widest, rowWidth);
        }
        double width = constraint.getWidthConstraintType() == LengthConstraintType.FIXED ? maxWidth : widest;
        // second pass: place each row centred in that width
        double y = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            double lineWidth = widths[start];
            double lineHeight = heights[start];
            while (end + 1 < n && rowOf[end + 1] == rowOf[start]) {
                end++;
                lineWidth += horizontalGap + widths[end];
                lineHeight = Math.max(lineHeight, heights[end]);
            }
            double x = Math.max(0, (width - lineWidth) / 2);
            for (int i = start; i <= end; i++) {
                blocks.get(i).setBounds(new Rectangle2D.Double(x, y + (lineHeight - heights[i]) / 2, widths[i],
                        heights[i]));
                x += widths[i] + horizontalGap;
            }
            y += lineHeight + (end + 1 < n ? verticalGap : 0);
            start = end + 1;
        }
        return new Size2D(width, y);
    }
}

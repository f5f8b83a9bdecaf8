package org.polycentric.output.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.LegendTitle;

/** What a chart's legends say, in the order they say it. */
final class Legends {
    private Legends() {
    }

    static List<String> labels(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        for (int t = 0; t < chart.getSubtitleCount(); t++) {
            if (chart.getSubtitle(t) instanceof LegendTitle legend) {
                for (var source : legend.getSources()) {
                    LegendItemCollection items = source.getLegendItems();
                    for (int i = 0; i < items.getItemCount(); i++) {
                        labels.add(items.get(i).getLabel());
                    }
                }
            }
        }
        return labels;
    }
}

package org.polycentric.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.polycentric.output.charts.ChartFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --formats}, as every command that draws charts into its folder takes it (a picocli mixin). */
final class ChartFormatsOption {
    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", converter = ChartCommand.FormatConverter.class,
            defaultValue = "png,svg,pdf",
            description = "Chart formats: png, svg and/or pdf, comma-separated (default: all three).")
    private List<ChartFormat> formats = new ArrayList<>();

    /** The formats asked for. */
    Set<ChartFormat> formats() {
        return Set.copyOf(formats);
    }

    /**
     * Refuses {@code --formats} given together with {@code --no-charts}: one of them would be
     * ignored without a word.
     */
    static void refuseWithNoCharts(CommandLine commandLine, boolean noCharts) {
        if (noCharts && commandLine.getParseResult().hasMatchedOption("--formats")) {
            throw new ParameterException(commandLine,
                    "--no-charts and --formats contradict each other: --no-charts writes no charts; give one");
        }
    }
}

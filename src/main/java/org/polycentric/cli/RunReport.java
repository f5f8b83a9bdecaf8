package org.polycentric.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.polycentric.model.metrics.RunningStats;
import org.polycentric.output.RunOutput;
import org.polycentric.scenario.Scenario;

/** What {@code run} prints when it succeeds: the folder, then the headline numbers of the run. */
record RunReport(Path folder, Scenario scenario, RunOutput output, double wallSeconds) {

    /** Only the folder, for {@code --quiet} and for scripts that read the first line. */
    String folderLine() {
        return folder + System.lineSeparator();
    }

    String text() {
        String nl = System.lineSeparator();
        int runs = output.replications().size();
        return folderLine()
                + "  cities pledged by " + scenario.time().endYear() + ": " + finalShare(output.finalShare()) + nl
                + "  year of 50% adoption: " + year50(output.year50(), runs) + nl
                + String.format(Locale.ROOT, "  %d replication%s in %.1f s", runs, runs == 1 ? "" : "s", wallSeconds)
                + nl;
    }

    private static String finalShare(RunningStats share) {
        if (share.n() == 0) {
            return "not recorded";
        }
        if (share.n() == 1) {
            return percent(share.mean());
        }
        return percent(share.mean()) + " (95% CI " + percent(Math.max(0, share.ci95Low())) + " to " + percent(Math.min(1, share.ci95High()))
                + ")";
    }

    private static String year50(RunningStats year, int runs) {
        if (year.n() == 0) {
            return "not reached";
        }
        String mean = String.format(Locale.ROOT, "%.1f", year.mean());
        if (year.n() == runs) {
            return runs == 1 ? mean : mean + " (mean)";
        }
        return mean + " (mean of the " + year.n() + " of " + runs + " replications that reached it)";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}

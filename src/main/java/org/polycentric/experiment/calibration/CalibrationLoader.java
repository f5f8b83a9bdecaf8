package org.polycentric.experiment.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polycentric.experiment.design.Parameter;
import org.polycentric.experiment.design.ParameterSpace;
import org.polycentric.experiment.spec.ScenarioChecks;
import org.polycentric.params.Check;
import org.polycentric.params.RuleTypes;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.scenario.ScenarioTreeLoader;
import org.polycentric.scenario.Suggestions;
import org.polycentric.scenario.TimeSpec;
import org.polycentric.scenario.WorldSpec;
import org.polycentric.world.data.ObservedSeries;

/**
 * Reads a calibration file and checks it against its base scenario before anything runs. Every
 * problem is a {@link ScenarioException} ({@code file:line: json.path: what is wrong and what is
 * allowed}; for a target's CSV file {@code file:line: what is wrong}), the bad-input error (exit
 * code 2) of a broken scenario.
 *
 * <p>The file is read like an experiment file (strict JSON, unknown keys with "did you mean",
 * {@code extends}) and its scenario and parameters are checked by the experiment loader's own
 * {@link ScenarioChecks}. Then: each parameter's start (given, or the scenario's value) lies in its
 * range and is taken by the scenario; BOBYQA has at least two parameters and a valid number of
 * interpolation points; each target names a shipped series (whose population floor the scenario's
 * real world must have) or a readable {@code date,value} CSV file, and keeps at least one
 * observation within {@code from}/{@code to} and the scenario's time. Targets' groups are checked
 * when the world is built, at the first evaluation.
 */
public final class CalibrationLoader {
    /** What every calibration file implicitly extends: no overrides. */
    public static final String DEFAULTS = "/org/polycentric/experiment/calibration/defaults.json";
    /** The header a target's CSV file must start with. */
    public static final String CSV_HEADER = "date,value";

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DECIMAL_YEAR = Pattern.compile("\\d{4}(\\.\\d+)?");
    private static final String DATES = "a date as YYYY-MM (2015-03), YYYY-MM-DD (2015-03-31) or a decimal year"
            + " (2015.25)";

    private final ScenarioTreeLoader files = new ScenarioTreeLoader(DEFAULTS);
    private final ScenarioChecks checks;
    private ObservedSeries shipped;

    /** @param ruleTypes the rules a scenario may hold (the rule catalogue), as for {@link ScenarioLoader} */
    public CalibrationLoader(RuleTypes ruleTypes) {
        this.checks = new ScenarioChecks(new ScenarioLoader(Objects.requireNonNull(ruleTypes, "ruleTypes")));
    }

    /** Reads {@code file} and checks it against its scenario. Not thread-safe: one loader per thread. */
    public LoadedCalibration load(Path file) throws ScenarioException {
        ScenarioTreeLoader.Loaded<CalibrationSpec> source;
        try {
            source = files.load(file, List.of(), CalibrationSpec.class);
        } catch (ScenarioException e) {
            throw ScenarioChecks.inWordsOf("calibration", e);
        }
        CalibrationSpec spec = source.value();
        Path scenarioFile = ScenarioChecks.resolveScenario(source, spec.scenario());
        ScenarioTreeLoader.Loaded<Scenario> scenario = checks.loadScenario(source, scenarioFile, spec.overrides());
        int k = spec.parameters().size();
        List<Parameter> parameters = new ArrayList<>();
        double[] start = new double[k];
        for (int i = 0; i < k; i++) {
            CalibrationParameterSpec p = spec.parameters().get(i);
            String at = "parameters[" + i + "]";
            checks.checkParameter(source, at, p.asRange(), spec.overrides(), scenarioFile, scenario.tree());
            start[i] = start(source, spec, scenarioFile, scenario.tree(), p, at);
            parameters.add(p.parameter());
        }
        checkOptimizer(source, spec.optimizer(), k);
        TimeSpec time = scenario.value().time();
        List<Target> targets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < spec.targets().size(); i++) {
            Target t = target(source, spec.targets().get(i), "targets[" + i + "]", scenario.value(), time);
            String label = t.label();
            for (int n = 2; labels.contains(label); n++) {
                label = t.label() + "_" + n;
            }
            labels.add(label);
            targets.add(new Target(label, t.origin(), t.metric(), t.group(), t.weight(), t.years(), t.observed(),
                    t.scale()));
        }
        return new LoadedCalibration(file, spec, scenarioFile, scenario, source, new ParameterSpace(parameters),
                start, targets);
    }

    /** The start of a parameter: as given (and taken by the scenario), else the scenario's own value, in range. */
    private double start(ScenarioTreeLoader.Loaded<CalibrationSpec> source, CalibrationSpec spec, Path scenarioFile,
                         JsonNode tree, CalibrationParameterSpec p, String at) throws ScenarioException {
        if (p.start() != null) {
            checks.tryValue(source, scenarioFile, spec.overrides(), p.asRange(), p.asRange().setting(p.start()),
                    at + ".start");
            return p.start();
        }
        JsonNode current = ScenarioChecks.valueAt(tree, p.path());
        if (current == null || !current.isNumber()) {
            throw source.problemAt(at, "give \"start\": the scenario has no number at " + p.path()
                    + " to start from" + (current == null ? "" : " (it has " + current + ")"));
        }
        double value = current.asDouble();
        if (value < p.min() || value > p.max() || p.integer() && value != Math.rint(value)) {
            throw source.problemAt(at, "the scenario's " + p.path() + " is " + Check.fmt(value) + ", outside min and"
                    + " max (" + Check.fmt(p.min()) + " to " + Check.fmt(p.max()) + "); widen the range or give"
                    + " \"start\" inside it");
        }
        return value;
    }

    private static void checkOptimizer(ScenarioTreeLoader.Loaded<CalibrationSpec> source, OptimizerSpec o, int k)
            throws ScenarioException {
        if (o.kind() != OptimizerSpec.Kind.BOBYQA) {
            return;
        }
        if (k < 2) {
            throw source.problemAt("optimizer.kind", "bobyqa needs at least 2 parameters (its quadratic model"
                    + " needs 2 or more dimensions), this calibration fits 1; use \"kind\": \"cmaes\" for one"
                    + " parameter");
        }
        int n = o.interpolationPoints(k);
        int most = (k + 1) * (k + 2) / 2;
        if (n < k + 2 || n > most) {
            throw source.problemAt("optimizer.interpolationPoints", "must be between k + 2 = " + (k + 2)
                    + " and (k + 1)(k + 2) / 2 = " + most + " for k = " + k + " parameters, was " + n);
        }
    }

    private Target target(ScenarioTreeLoader.Loaded<CalibrationSpec> source, TargetSpec t, String at,
                          Scenario scenario, TimeSpec time) throws ScenarioException {
        List<double[]> rows; // {year, value, line}
        String label;
        String origin;
        String metric;
        String group;
        String csv = null;
        if (t.series() != null) {
            ObservedSeries observed = shipped();
            if (!observed.names().contains(t.series())) {
                throw source.problemAt(at + ".series", "'" + t.series() + "' is not a shipped observed series; "
                        + Suggestions.hint(t.series(), observed.names()) + "allowed: "
                        + String.join(", ", observed.names()) + " (docs/DATA.md, Observed series); for a series of"
                        + " your own give \"file\"");
            }
            List<ObservedSeries.Observation> list = observed.series(t.series());
            ObservedSeries.Observation first = list.get(0);
            checkFloor(source, at, first, scenario.world());
            rows = new ArrayList<>();
            for (ObservedSeries.Observation o : list) {
                rows.add(new double[] {o.year(), o.value(), 0});
            }
            label = t.series();
            origin = "shipped series " + t.series();
            metric = first.metric();
            group = first.group();
        } else {
            Path file = csvFile(source, at, t.file());
            csv = file.toString();
            rows = readCsv(file);
            String name = String.valueOf(file.getFileName());
            label = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                    ? name.substring(0, name.length() - 4) : name;
            label = label.replaceAll("[^A-Za-z0-9_.-]", "_");
            origin = t.file();
            metric = t.metric();
            group = t.group();
        }
        List<double[]> kept = new ArrayList<>();
        for (double[] r : rows) {
            if ((t.from() == null || r[0] >= t.from()) && (t.to() == null || r[0] <= t.to())) {
                kept.add(r);
            }
        }
        if (kept.isEmpty()) {
            throw source.problemAt(at, "no observation between from and to (the series runs from "
                    + Check.fmt(rows.get(0)[0]) + " to " + Check.fmt(rows.get(rows.size() - 1)[0]) + ")");
        }
        for (double[] r : kept) {
            if (r[0] < time.startYear() || r[0] > time.endYear()) {
                String what = "the observation of " + Check.fmt(r[0]) + " is outside the scenario's time, "
                        + time.startYear() + " to " + time.endYear();
                if (csv != null) {
                    throw new ScenarioException(csv, "", (int) r[2], what + "; leave it out with the target's"
                            + " \"from\"/\"to\", or lengthen the scenario's time");
                }
                throw source.problemAt(at + ".series", what + "; keep the observations inside it with \"from\"/\"to\","
                        + " or lengthen the scenario's time (overrides: time.endYear=...)");
            }
        }
        double[] years = new double[kept.size()];
        double[] values = new double[kept.size()];
        for (int j = 0; j < years.length; j++) {
            years[j] = kept.get(j)[0];
            values[j] = kept.get(j)[1];
        }
        return new Target(label, origin, metric, group, t.weight(), years, values, Target.scaleOf(values));
    }

    /**
     * A shipped series that counts only cities above a population floor compares only with a real
     * world of that floor: elsewhere the model counts a different population (docs/DATA.md).
     */
    private static void checkFloor(ScenarioTreeLoader.Loaded<CalibrationSpec> source, String at,
                                   ObservedSeries.Observation first, WorldSpec world) throws ScenarioException {
        if (first.minPopulation().isEmpty()) {
            return;
        }
        int floor = first.minPopulation().getAsInt();
        if (world.source() != WorldSpec.Source.REAL || world.minPopulation() != floor) {
            throw source.problemAt(at + ".series", "'" + first.series() + "' counts " + first.unit()
                    + " of a real world with the population floor " + floor + " (docs/DATA.md, Observed series);"
                    + " the scenario's world is " + (world.source() != WorldSpec.Source.REAL ? "synthetic"
                    : "real with world.minPopulation=" + Check.fmt(world.minPopulation()))
                    + (world.source() == WorldSpec.Source.REAL ? "; add the override world.minPopulation=" + floor : ""));
        }
    }

    private ObservedSeries shipped() {
        if (shipped == null) {
            shipped = ObservedSeries.load();
        }
        return shipped;
    }

    /** A target's CSV file, relative to the folder of the calibration file that named it. */
    private static Path csvFile(ScenarioTreeLoader.Loaded<CalibrationSpec> source, String at, String reference)
            throws ScenarioException {
        Path writer = Path.of(source.problemAt(at + ".file", "").file());
        Path file;
        try {
            file = (writer.getParent() == null ? Path.of(reference) : writer.getParent().resolve(reference)).normalize();
        } catch (InvalidPathException e) {
            throw source.problemAt(at + ".file", "'" + reference + "' is not a valid file name; write / between folders");
        }
        if (Files.isDirectory(file)) {
            throw source.problemAt(at + ".file", file + " is a folder, not a CSV file");
        }
        if (!Files.isRegularFile(file)) {
            throw source.problemAt(at + ".file", "file not found: " + file + " (a path relative to the folder of "
                    + writer + ")");
        }
        return file;
    }

    /**
     * The rows of a {@code date,value} CSV file as {year, value, line}: dates in ascending order, each
     * once, values finite numbers. A problem is {@code file:line: what is wrong; allowed: ...}.
     */
    static List<double[]> readCsv(Path file) throws ScenarioException {
        String name = file.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name, "", 0, "not UTF-8 text; save the file as UTF-8 CSV");
        } catch (IOException e) {
            throw new ScenarioException(name, "", 0, "cannot be read: " + e.getMessage());
        }
        String header = lines.isEmpty() ? null : lines.get(0).replace("\uFEFF", "").strip();
        if (!CSV_HEADER.equals(header)) {
            throw new ScenarioException(name, "", 1, "the header must be exactly '" + CSV_HEADER + "', found "
                    + (header == null ? "an empty file" : "'" + header + "'"));
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] f = text.split(",", -1);
            if (f.length != 2) {
                throw new ScenarioException(name, "", line, "expected 2 fields, date,value; found " + f.length);
            }
            double year = year(name, line, f[0].strip());
            double value;
            try {
                value = Double.parseDouble(f[1].strip());
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!Double.isFinite(value) || f[1].strip().isEmpty()) {
                throw new ScenarioException(name, "", line, "value '" + f[1].strip() + "' is not a number;"
                        + " allowed: a finite number such as 58 or 0.25");
            }
            if (!rows.isEmpty() && year <= rows.get(rows.size() - 1)[0]) {
                throw new ScenarioException(name, "", line, "date " + f[0].strip() + " is not after the date of line "
                        + (int) rows.get(rows.size() - 1)[2] + "; allowed: dates in ascending order, each once");
            }
            rows.add(new double[] {year, value, line});
        }
        if (rows.isEmpty()) {
            throw new ScenarioException(name, "", 1, "no observations after the header; allowed: rows of date,value");
        }
        return rows;
    }

    /** A date as calendar time: 2015-03 is 2015 + 2/12 (its first day), 2015-03-31 its day, 2015.25 itself. */
    private static double year(String file, int line, String date) throws ScenarioException {
        try {
            Matcher day = DAY.matcher(date);
            if (day.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3)));
                return inRange(file, line, date, d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear());
            }
            Matcher month = MONTH.matcher(date);
            if (month.matches()) {
                YearMonth m = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
                return inRange(file, line, date, m.getYear() + (m.getMonthValue() - 1) / 12.0);
            }
            if (DECIMAL_YEAR.matcher(date).matches()) {
                return inRange(file, line, date, Double.parseDouble(date));
            }
        } catch (DateTimeException e) {
            throw new ScenarioException(file, "", line, "date '" + date + "' is not a date of the calendar ("
                    + e.getMessage() + "); allowed: " + DATES);
        }
        throw new ScenarioException(file, "", line, "date '" + date + "' is not allowed; allowed: " + DATES);
    }

    private static double inRange(String file, int line, String date, double year) throws ScenarioException {
        if (year < 1900 || year > 2300) {
            throw new ScenarioException(file, "", line, "date '" + date + "' is out of range; allowed: 1900 to 2300");
        }
        return year;
    }
}

package org.polycentric.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code polycentric scenarios}: the shipped scenario files, each with the first sentence of its description. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        header = "Lists the shipped scenarios with a line on each.",
        description = {"Every *.json under scenarios/ (of this folder, or else of the",
                "installation), in path order, with the first sentence of its",
                "description. docs/SCENARIOS.md says how to write your own."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report) or the folder cannot be read",
                "2:no scenarios/ folder here or in the installation"})
final class ScenariosCommand implements Callable<Integer> {
    /** A sentence ends at '.', '!' or '?' followed by the end, or by a space and a capital ("e.g. the" goes on). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=$|\\s+[\\p{Lu}(\"'])");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolycentricCommand parent;

    @Override
    public Integer call() throws IOException {
        ShippedScenarios shipped = parent.shipped();
        if (shipped.folder().isEmpty()) {
            throw new BadInputException("polycentric scenarios: no scenarios/ folder in " + shipped.whereLooked(), null);
        }
        List<String> names = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Path file : shipped.files()) {
            String name = shipped.shown(file).toString().replace('\\', '/');
            names.add(name);
            lines.add(oneLine(file, name));
        }
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < names.size(); i++) {
            out.println(String.format("%-" + width + "s  %s", names.get(i), lines.get(i)).stripTrailing());
        }
        return PolycentricCommand.OK;
    }

    /** The first sentence of the file's own description, or why there is none. */
    private static String oneLine(Path file, String name) {
        JsonNode description;
        try {
            description = MAPPER.readTree(Files.readString(file)).path("description");
        } catch (JsonProcessingException e) {
            return "(not valid JSON; 'polycentric validate " + name + "' says why)";
        } catch (IOException e) {
            return "(cannot be read: " + e.getMessage() + ")";
        }
        return description.isTextual() ? firstSentence(description.asText()) : "(no description)";
    }

    static String firstSentence(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        Matcher end = SENTENCE_END.matcher(flat);
        return end.find() ? flat.substring(0, end.end()) : flat;
    }
}

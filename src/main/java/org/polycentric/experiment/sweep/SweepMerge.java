package org.polycentric.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.polycentric.output.FolderTakenException;
import org.polycentric.output.RunFolder;

/**
 * Joins the folders of a sweep's shards ({@code sweep --shard i/N}) into the folder one machine
 * would have written: runs.csv, points.csv, summary.csv and sweep.json byte for byte (the manifest
 * records the shards' timings instead). Shard {@code i} holds runs i, i + N, i + 2N, ... in order, so
 * the whole runs.csv is their round robin: streamed, one row of each in turn, in constant memory.
 * Every shard must belong to the same sweep and be complete, and each of 0 .. N-1 must be there once.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    /** What a merge wrote. */
    public record Result(Path folder, int shards, long runs, int points) {
    }

    /**
     * Merges {@code shards} (in any order) into a new folder {@code out}, written whole or not at all.
     *
     * @throws SweepInputException the shards do not make up one complete sweep, or {@code out} is taken
     */
    public static Result merge(List<Path> shards, Path out) throws IOException, SweepInputException {
        if (shards.isEmpty()) {
            throw new SweepInputException("merge needs the shard folders of one sweep");
        }
        ShardFolder[] byIndex = null;
        ObjectNode common = null;
        Path first = null;
        for (Path folder : shards) {
            ShardFolder s = read(folder);
            if (byIndex == null) {
                byIndex = new ShardFolder[s.count];
                common = SweepFiles.withoutShard(s.identity);
                first = folder;
            } else if (!SweepFiles.withoutShard(s.identity).equals(common)) {
                throw new SweepInputException(folder + ": is a shard of another sweep than " + first
                        + " (their " + SweepFiles.IDENTITY + " differ)");
            }
            if (s.count != byIndex.length) {
                throw new SweepInputException(folder + ": is shard " + s.index + "/" + s.count + " but " + first
                        + " is one of " + byIndex.length + " shards");
            }
            if (byIndex[s.index] != null) {
                throw new SweepInputException(folder + ": is shard " + s.index + "/" + s.count + ", as is "
                        + byIndex[s.index].folder + "; give each shard once");
            }
            byIndex[s.index] = s;
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            throw new SweepInputException("shard" + (missing.size() > 1 ? "s " : " ") + missing.toString()
                    .replaceAll("[\\[\\]]", "") + " of " + byIndex.length + " missing; merge needs every shard's folder");
        }
        byte[] points = Files.readAllBytes(byIndex[0].folder.resolve(SweepFiles.POINTS));
        for (ShardFolder s : byIndex) {
            if (!Arrays.equals(points, Files.readAllBytes(s.folder.resolve(SweepFiles.POINTS)))) {
                throw new SweepInputException(s.folder.resolve(SweepFiles.POINTS) + ": differs from "
                        + byIndex[0].folder.resolve(SweepFiles.POINTS) + "; a shard's files were edited");
            }
        }
        long runs = common.get("runs").asLong();
        int replications = common.get("replications").asInt();
        List<String> parameters = strings(common.get("parameters"));
        List<String> outcomes = strings(common.get("outcomes"));
        try (RunFolder folder = RunFolder.at(out)) {
            Path work = folder.workDir();
            SweepFiles.writeAtomically(work.resolve(SweepFiles.IDENTITY), SweepFiles.text(common));
            Files.write(work.resolve(SweepFiles.POINTS), points);
            interleave(byIndex, work.resolve(SweepFiles.RUNS), runs);
            SweepFiles.writeSummary(work, work.resolve(SweepFiles.RUNS), work.resolve(SweepFiles.POINTS), parameters,
                    outcomes, replications);
            ObjectNode manifest = SweepFiles.JSON.createObjectNode();
            manifest.put("mergedAt", Instant.now().toString());
            manifest.put("runs", runs);
            var list = manifest.putArray("shards");
            for (ShardFolder s : byIndex) {
                ObjectNode entry = list.addObject();
                entry.put("folder", s.folder.toString());
                entry.set("manifest", s.manifest);
            }
            SweepFiles.writeAtomically(work.resolve(SweepFiles.MANIFEST), SweepFiles.text(manifest));
            Path written = folder.commit();
            return new Result(written, byIndex.length, runs, common.get("points").asInt());
        } catch (FolderTakenException e) {
            throw new SweepInputException(e.getMessage(), e);
        }
    }

    /** Writes runs.csv of the whole sweep: row r from shard r mod N, checking each row's run number. */
    private static void interleave(ShardFolder[] shards, Path target, long runs) throws IOException,
            SweepInputException {
        int n = shards.length;
        BufferedReader[] readers = new BufferedReader[n];
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
            String header = null;
            for (int i = 0; i < n; i++) {
                readers[i] = Files.newBufferedReader(shards[i].folder.resolve(SweepFiles.RUNS), StandardCharsets.UTF_8);
                String h = readers[i].readLine();
                if (header == null) {
                    header = h;
                } else if (!header.equals(h)) {
                    throw new SweepInputException(shards[i].folder.resolve(SweepFiles.RUNS) + ":1: its header differs"
                            + " from shard 0's");
                }
            }
            w.write(header + "\n");
            for (long run = 0; run < runs; run++) {
                int s = (int) (run % n);
                String row = readers[s].readLine();
                Path file = shards[s].folder.resolve(SweepFiles.RUNS);
                if (row == null || SweepFiles.leadingNumber(row) != run) {
                    throw new SweepInputException(file + ": " + (row == null ? "ends before run " + run
                            : "has run " + SweepFiles.leadingNumber(row) + " where run " + run + " was due")
                            + "; the shard is incomplete or was edited (rerun it with --resume)");
                }
                w.write(row);
                w.write('\n');
            }
            for (int i = 0; i < n; i++) {
                if (readers[i].readLine() != null) {
                    throw new SweepInputException(shards[i].folder.resolve(SweepFiles.RUNS) + ": holds more runs than"
                            + " its share of " + runs);
                }
            }
        } catch (NumberFormatException e) {
            throw new SweepInputException("a shard's runs.csv has a row that does not start with a run number");
        } finally {
            for (BufferedReader r : readers) {
                if (r != null) {
                    r.close();
                }
            }
        }
    }

    private record ShardFolder(Path folder, ObjectNode identity, JsonNode manifest, int index, int count) {
    }

    private static ShardFolder read(Path folder) throws SweepInputException, IOException {
        Path id = folder.resolve(SweepFiles.IDENTITY);
        if (!Files.isDirectory(folder)) {
            throw new SweepInputException(folder + ": no such folder");
        }
        if (!Files.exists(id)) {
            throw new SweepInputException(folder + ": holds no sweep (no " + SweepFiles.IDENTITY + ")");
        }
        JsonNode identity;
        try {
            identity = SweepFiles.JSON.readTree(id.toFile());
        } catch (IOException e) {
            throw new SweepInputException(id + ": cannot be read (" + e.getMessage() + ")");
        }
        if (!(identity instanceof ObjectNode object) || !identity.has("runs")) {
            throw new SweepInputException(id + ": is not a sweep's identity");
        }
        Path manifest = folder.resolve(SweepFiles.MANIFEST);
        if (!Files.exists(manifest)) {
            throw new SweepInputException(folder + ": the shard is not finished (no " + SweepFiles.MANIFEST
                    + "); finish it with the same sweep command and --resume");
        }
        JsonNode shard = identity.get("shard");
        int index = shard == null ? 0 : shard.get("index").asInt();
        int count = shard == null ? 1 : shard.get("count").asInt();
        return new ShardFolder(folder, object, SweepFiles.JSON.readTree(manifest.toFile()), index, count);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

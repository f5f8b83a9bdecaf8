package org.polycentric.experiment.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** Looks up a {@code --set} path ({@code a.b[2].c}) in a scenario tree. */
final class ScenarioPaths {
    private ScenarioPaths() {
    }

    /**
     * The value at {@code path} in {@code root}, or null when the path is not there or is not
     * well formed (the scenario's {@code --set} then says which).
     */
    static JsonNode valueAt(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.", -1)) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            if (key.isEmpty() || node == null || !node.isObject()) {
                return null;
            }
            node = node.get(key);
            String rest = bracket < 0 ? "" : part.substring(bracket);
            while (!rest.isEmpty()) {
                int close = rest.indexOf(']');
                if (!rest.startsWith("[") || close < 2 || node == null || !node.isArray()) {
                    return null;
                }
                String digits = rest.substring(1, close);
                if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
                    return null;
                }
                node = node.get(Integer.parseInt(digits));
                rest = rest.substring(close + 1);
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}

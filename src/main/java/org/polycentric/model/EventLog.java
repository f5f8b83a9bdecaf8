package org.polycentric.model;

import java.util.Arrays;

/**
 * Everything that happened in a run, in the order it happened, as compact parallel arrays:
 * pledges, withdrawals, achievements (of the promised cut or of net zero), stance changes, network
 * joins and mergers, national targets. Each entry names its subject by index; {@link World#subjectName} turns it
 * into a name.
 */
public final class EventLog {

    /** What an entry records; the subject is a city, a nation or the world. */
    public enum Kind {
        PLEDGE("pledge", Subject.CITY),
        WITHDRAWAL("withdrawal", Subject.CITY),
        ACHIEVED("achieved", Subject.CITY),
        NETWORK_JOIN("network_join", Subject.CITY),
        STANCE_CHANGE("stance_change", Subject.NATION),
        POPULIST_TURN("populist_turn", Subject.NATION),
        NET_ZERO_TARGET("net_zero_target", Subject.NATION),
        CARBON_PRICE("carbon_price", Subject.NATION),
        RIVALRY("rivalry", Subject.WORLD),
        FUND_BUDGET("fund_budget", Subject.BODY),
        /** A city reached net zero (a smaller promised cut logs ACHIEVED); last, so older kinds keep their codes. */
        NET_ZERO("net_zero", Subject.CITY),
        /** A network merged into another (subject: the dissolved network; related: the one it joined). */
        NETWORK_MERGE("network_merge", Subject.NETWORK);

        private final String label;
        private final Subject subject;

        Kind(String label, Subject subject) {
            this.label = label;
            this.subject = subject;
        }

        public String label() { return label; }
        public Subject subject() { return subject; }
    }

    public enum Subject { CITY, NATION, BODY, NETWORK, WORLD }

    private static final Kind[] KINDS = Kind.values();

    private int size;
    private int[] step = new int[64];
    private byte[] kind = new byte[64];
    private int[] subject = new int[64];
    /** A second index (the network of a join, the network merged into), -1 when none. */
    private int[] related = new int[64];
    private double[] value = new double[64];

    public void add(int atStep, Kind k, int subjectIndex, int relatedIndex, double v) {
        if (size == step.length) {
            int n = size * 2;
            step = Arrays.copyOf(step, n);
            kind = Arrays.copyOf(kind, n);
            subject = Arrays.copyOf(subject, n);
            related = Arrays.copyOf(related, n);
            value = Arrays.copyOf(value, n);
        }
        step[size] = atStep;
        kind[size] = (byte) k.ordinal();
        subject[size] = subjectIndex;
        related[size] = relatedIndex;
        value[size] = v;
        size++;
    }

    public int size() { return size; }
    public int step(int i) { return step[i]; }
    public Kind kind(int i) { return KINDS[kind[i]]; }
    public int subject(int i) { return subject[i]; }
    public int related(int i) { return related[i]; }
    public double value(int i) { return value[i]; }

    public int count(Kind k) {
        int c = 0;
        for (int i = 0; i < size; i++) {
            if (kind[i] == k.ordinal()) {
                c++;
            }
        }
        return c;
    }
}

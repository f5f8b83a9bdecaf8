package org.polycentric.model;

import java.util.List;
import org.polycentric.model.network.TieGraph;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.TimeSpec;

/**
 * Everything that exists in one run: agents, networks, ties, the clock and the event log. Built by
 * a {@link WorldSource}, stepped by the rules, read by the recorder.
 */
public final class World {
    private final Scenario scenario;
    private final List<String> regions;
    private final List<String> blocs;
    private final Cities cities;
    private final Nation[] nations;
    private final Firms firms;
    private final CityNetwork[] networks;
    private final SupranationalBody[] bodies;
    private final TieGraph ties;
    private final CityPressures pressures;
    private final EventLog events = new EventLog();
    private double rivalry;
    private double fragmentation;
    /** Rivalry acts only while great-power politics (M7) is part of the run; events still set its level. */
    private boolean rivalryActs;
    private int step;
    /** Blocs led by a great power: rivalry acts only between two of them. */
    private final boolean[] rivalBloc;
    /** True when at least two blocs are led by great powers, so that rivalry has someone to act between. */
    private final boolean rivalryPossible;

    public World(Scenario scenario, List<String> regions, List<String> blocs, Cities cities, Nation[] nations,
                 Firms firms, CityNetwork[] networks, SupranationalBody[] bodies, TieGraph ties) {
        this.scenario = scenario;
        this.regions = List.copyOf(regions);
        this.blocs = List.copyOf(blocs);
        this.cities = cities;
        this.nations = nations;
        this.firms = firms;
        this.networks = networks;
        this.bodies = bodies;
        this.ties = ties;
        this.pressures = new CityPressures(cities.count());
        this.rivalBloc = new boolean[blocs.size()];
        int led = 0;
        for (Nation n : nations) {
            if (n.greatPower() && !rivalBloc[n.bloc()]) {
                rivalBloc[n.bloc()] = true;
                led++;
            }
        }
        this.rivalryPossible = led >= 2;
    }

    /**
     * True when great-power rivalry separates two blocs: they differ and each is led by a great
     * power. Non-aligned nations are nobody's rival.
     */
    public boolean rivals(int blocA, int blocB) {
        return blocA != blocB && rivalBloc[blocA] && rivalBloc[blocB];
    }

    /**
     * How much of an offer of finance or mentoring from a source of bloc {@code sourceBloc} (-1: a
     * source without bloc) reaches a recipient of bloc {@code recipientBloc}: 1 within a bloc, from a
     * source without bloc or from a bloc without a great power; {@code 1 - rivalry} between rival
     * blocs; {@code 1 - rivalry * fragmentation} from a great power's bloc to a bloc without one
     * (non-aligned), where the rivals' competing, conditional and duplicated offers fragment support
     * (Pickering, Betzold &amp; Skovgaard 2017). Only when two blocs are led by great powers.
     */
    public double offerEffectiveness(int sourceBloc, int recipientBloc) {
        if (sourceBloc < 0 || sourceBloc == recipientBloc || !rivalBloc[sourceBloc] || !rivalryPossible) {
            return 1.0;
        }
        return rivalBloc[recipientBloc] ? 1.0 - rivalry() : 1.0 - rivalry() * fragmentation;
    }

    /** Each city's bloc if that bloc has a great power, else -1: the input of TieGraph.markCrossBloc. */
    public int[] rivalBlocOfCities() {
        int[] out = new int[cities.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rivalBloc[cities.bloc[i]] ? cities.bloc[i] : -1;
        }
        return out;
    }

    public Scenario scenario() { return scenario; }
    public TimeSpec time() { return scenario.time(); }
    public List<String> regions() { return regions; }
    public List<String> blocs() { return blocs; }
    public Cities cities() { return cities; }
    public Nation[] nations() { return nations; }
    public Firms firms() { return firms; }
    public CityNetwork[] networks() { return networks; }
    public SupranationalBody[] bodies() { return bodies; }
    public TieGraph ties() { return ties; }
    public CityPressures pressures() { return pressures; }
    public EventLog events() { return events; }

    /**
     * Great-power rivalry in [0, 1]: it weakens cross-bloc ties and offers of support
     * ({@link #offerEffectiveness}). 0 unless the greatPowerInterference rule (M7) is on, so
     * switching M7 off switches rivalry off, rivalry events included.
     */
    public double rivalry() { return rivalryActs ? rivalry : 0.0; }
    /** Called by M7 at start: from now on rivalry acts. */
    public void letRivalryAct() { this.rivalryActs = true; }
    public void setRivalry(double r) { this.rivalry = Math.max(0, Math.min(1, r)); }
    /** Share of rivalry's discount that reaches offers from a great power's bloc to a non-aligned bloc. */
    public double fragmentation() { return fragmentation; }
    public void setFragmentation(double f) { this.fragmentation = Math.max(0, Math.min(1, f)); }

    /** The step now being executed (0-based). */
    public int step() { return step; }
    public void setStep(int s) { this.step = s; }
    /** Calendar time at the start of the current step. */
    public double year() { return scenario.time().yearAt(step); }
    public double dt() { return scenario.time().dt(); }
    /** True in the first step of each calendar year (for yearly processes). */
    public boolean isFirstStepOfYear() { return step % scenario.time().stepsPerYear() == 0; }

    public Nation nationOf(int city) { return nations[cities.nation[city]]; }

    public int regionIndex(String name) { return regions.indexOf(name); }
    public int blocIndex(String name) { return blocs.indexOf(name); }

    public int nationIndex(String code) {
        for (Nation n : nations) {
            if (n.code().equals(code)) {
                return n.index();
            }
        }
        return -1;
    }

    /** A human-readable name for an event's subject. */
    public String subjectName(EventLog.Subject subject, int index) {
        return switch (subject) {
            case CITY -> cities.name[index];
            case NATION -> nations[index].code();
            case BODY -> bodies[index].name();
            case NETWORK -> networks[index].name();
            case WORLD -> "world";
        };
    }
}

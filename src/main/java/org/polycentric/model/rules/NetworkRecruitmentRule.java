package org.polycentric.model.rules;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.EventLog;
import org.polycentric.model.IntList;
import org.polycentric.model.RandomStream;
import org.polycentric.model.World;
import org.polycentric.params.Check;
import org.polycentric.params.MembershipPolicy;
import org.polycentric.params.RuleParams;

/**
 * Networks recruit members from their founding year (M3), up to {@code yearlyIntake} a year and
 * {@code maxMembers} in all: by invitation the largest cities first (C40's megacity criterion), or
 * openly (ICLEI, the Global Covenant of Mayors), where a city is the likelier to join the more
 * pressure it felt in the last step, or regionally (the EU Covenant of Mayors). Its founding cohort
 * ({@code initialMembers}, e.g. C40's 18 cities of October 2005) joins in the founding step; a
 * network founded before the run starts begins with that cohort and the members it would have
 * recruited since. A network merged
 * into another (a {@code networkMerge} event) recruits no more. Rests on Acuto &amp; Rayner (2016) and
 * Kern &amp; Bulkeley (2009) on how transnational municipal networks grow.
 */
public final class NetworkRecruitmentRule implements Rule {

    /** @param signalEffect how much more likely an open applicant joins per unit of last-step signal */
    public record Params(boolean enabled, double signalEffect) implements RuleParams {
        public Params {
            Check.range("signalEffect", signalEffect, 0, 10_000);
        }
    }

    private static final int TRIES_PER_ADMISSION = 64;
    /** Log step of members a network had before the run: it takes effect at the start year. */
    private static final int BEFORE_THE_RUN = -1;

    private final Params params;
    /** The largest cities, largest first: the invitation order (no network invites beyond its size). */
    private int[] bySize;
    private int[][] citiesOfRegion;
    private int[] invitationCursor;
    /** Per network: whether its founding cohort has joined (networks founded before the run: at the start). */
    private boolean[] founded;

    public NetworkRecruitmentRule(Params params) {
        this.params = params;
    }

    @Override
    public void start(World world, RandomStream random) {
        Cities c = world.cities();
        int invited = 0;
        for (CityNetwork n : world.networks()) {
            if (n.spec().policy() == MembershipPolicy.INVITATION) {
                invited = Math.max(invited, n.maxMembers());
            }
        }
        bySize = c.largest(invited);
        IntList[] byRegion = new IntList[world.regions().size()];
        for (int r = 0; r < byRegion.length; r++) {
            byRegion[r] = new IntList();
        }
        for (int i = 0; i < c.count(); i++) {
            byRegion[c.region[i]].add(i);
        }
        citiesOfRegion = Arrays.stream(byRegion).map(IntList::toArray).toArray(int[][]::new);
        invitationCursor = new int[world.networks().length];
        int start = world.time().startYear();
        founded = new boolean[world.networks().length];
        for (CityNetwork n : world.networks()) {
            double years = start - n.spec().foundingYear();
            if (years > 0) {
                double initial = Math.min(n.maxMembers(), n.initialMembers() + n.yearlyIntake() * years);
                admit(world, n, (int) Math.round(initial), random.generator(), 0.0, BEFORE_THE_RUN);
                founded[n.index()] = true;
            }
        }
    }

    @Override
    public void update(World world, RandomStream random) {
        double maxSignal = 0;
        for (double s : world.cities().lastSignal) {
            maxSignal = Math.max(maxSignal, s);
        }
        for (CityNetwork n : world.networks()) {
            if (world.year() < n.spec().foundingYear() || n.isFull() || n.isDissolved()) {
                continue;
            }
            if (!founded[n.index()]) {
                // the founding cohort joins in the founding step, then the yearly intake begins
                founded[n.index()] = true;
                admit(world, n, n.initialMembers(), random.generator(), maxSignal, world.step());
            }
            double credit = n.intakeCredit() + n.yearlyIntake() * world.dt();
            int admissions = (int) credit;
            n.setIntakeCredit(credit - admissions);
            admit(world, n, admissions, random.generator(), maxSignal, world.step());
        }
    }

    private void admit(World world, CityNetwork n, int wanted, MersenneTwisterFast random, double maxSignal,
                       int logStep) {
        Cities c = world.cities();
        for (int k = 0; k < wanted && !n.isFull(); k++) {
            int city = n.spec().policy() == MembershipPolicy.INVITATION
                    ? nextInvitee(c, n)
                    : applicant(c, n, random, maxSignal);
            if (city < 0) {
                return;
            }
            n.admit(city, c);
            world.events().add(logStep, EventLog.Kind.NETWORK_JOIN, city, n.index(), n.memberCount());
        }
    }

    private int nextInvitee(Cities c, CityNetwork n) {
        int cursor = invitationCursor[n.index()];
        while (cursor < bySize.length && c.isMember(bySize[cursor], n.index())) {
            cursor++;
        }
        invitationCursor[n.index()] = cursor + 1;
        return cursor < bySize.length ? bySize[cursor] : -1;
    }

    /** Draws candidates at random (from the region for regional networks); accepts by signal. */
    private int applicant(Cities c, CityNetwork n, MersenneTwisterFast random, double maxSignal) {
        int[] pool = n.spec().policy() == MembershipPolicy.REGIONAL ? citiesOfRegion[n.region()] : null;
        int size = pool == null ? c.count() : pool.length;
        if (size == 0) {
            return -1;
        }
        double top = 1.0 + params.signalEffect() * maxSignal;
        for (int t = 0; t < TRIES_PER_ADMISSION; t++) {
            int city = pool == null ? random.nextInt(size) : pool[random.nextInt(size)];
            if (c.isMember(city, n.index())) {
                continue;
            }
            double accept = (1.0 + params.signalEffect() * c.lastSignal[city]) / top;
            if (random.nextDouble() < accept) {
                return city;
            }
        }
        return -1;
    }
}

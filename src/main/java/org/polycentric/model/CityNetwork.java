package org.polycentric.model;

import org.polycentric.scenario.WorldSpec.NetworkSpec;

/**
 * A transnational city network (M3): C40, ICLEI, the Global Covenant of Mayors and the like.
 * Members are kept in joining order; mentoring pairs a South member with a North mentor.
 */
public final class CityNetwork {
    private final int index;
    private final NetworkSpec spec;
    private final int region;
    private final IntList members = new IntList();
    /** Mentee city -> mentor city, in pairing order (parallel lists). */
    private final IntList mentees = new IntList();
    private final IntList mentors = new IntList();
    /** Members per bloc, and pledged members per bloc (refreshed each step by the peer rule). */
    private final int[] membersByBloc;
    private final int[] pledgedByBloc;
    /** Intake and size scaled to the world's size (see WorldSpec.referenceCities). */
    private final double yearlyIntake;
    private final int maxMembers;
    private final int initialMembers;
    /** Fractional intake carried over between steps. */
    private double intakeCredit;
    /** True once merged into another network: no members, no recruitment, no mentoring pairs. */
    private boolean dissolved;

    public CityNetwork(int index, NetworkSpec spec, int region, int blocs, double scale) {
        this.index = index;
        this.spec = spec;
        this.yearlyIntake = spec.yearlyIntake() * scale;
        this.maxMembers = (int) Math.round(spec.maxMembers() * scale);
        this.initialMembers = Math.min(maxMembers, (int) Math.round(spec.initialMembers() * scale));
        this.region = region;
        this.membersByBloc = new int[blocs];
        this.pledgedByBloc = new int[blocs];
    }

    public int index() { return index; }
    public String name() { return spec.name(); }
    public NetworkSpec spec() { return spec; }
    /** Region index for regional networks, -1 otherwise. */
    public int region() { return region; }
    public int memberCount() { return members.size(); }
    public int member(int k) { return members.get(k); }
    public int mentoringPairs() { return mentees.size(); }
    public int mentee(int k) { return mentees.get(k); }
    public int mentor(int k) { return mentors.get(k); }
    public int membersInBloc(int b) { return membersByBloc[b]; }
    public int pledgedInBloc(int b) { return pledgedByBloc[b]; }
    public int[] pledgedByBlocArray() { return pledgedByBloc; }
    public boolean isFull() { return members.size() >= maxMembers; }
    /** True once the network has been merged into another ({@code networkMerge} event): it stays empty. */
    public boolean isDissolved() { return dissolved; }
    public double yearlyIntake() { return yearlyIntake; }
    public int maxMembers() { return maxMembers; }
    /** Members admitted at once in the founding step (the founding cohort), scaled like maxMembers. */
    public int initialMembers() { return initialMembers; }
    public double intakeCredit() { return intakeCredit; }
    public void setIntakeCredit(double credit) { this.intakeCredit = credit; }

    /**
     * Merges this network into {@code into}: every member (in joining order) joins {@code into}
     * unless already a member, even beyond {@code into}'s {@code maxMembers}; this network is then
     * dissolved: no members (its bit cleared from every city's mask), no mentoring pairs, and it
     * admits no one again. Returns the cities that joined {@code into}, in that order.
     */
    public int[] mergeInto(CityNetwork into, Cities cities) {
        if (into == this) {
            throw new IllegalArgumentException("a network cannot merge into itself: " + name());
        }
        IntList joined = new IntList();
        int bit = 1 << index;
        for (int k = 0; k < members.size(); k++) {
            int city = members.get(k);
            cities.networkMask[city] &= ~bit;
            if (!cities.isMember(city, into.index)) {
                into.admit(city, cities);
                joined.add(city);
            }
        }
        members.clear();
        mentees.clear();
        mentors.clear();
        java.util.Arrays.fill(membersByBloc, 0);
        java.util.Arrays.fill(pledgedByBloc, 0);
        intakeCredit = 0;
        dissolved = true;
        return joined.toArray();
    }

    /** Admits a city: updates the city's membership mask and the network's bloc counts. */
    public void admit(int city, Cities cities) {
        if (dissolved) {
            throw new IllegalStateException("network '" + name() + "' is dissolved and admits no one");
        }
        members.add(city);
        cities.networkMask[city] |= 1 << index;
        membersByBloc[cities.bloc[city]]++;
    }

    public void pair(int mentee, int mentor) {
        mentees.add(mentee);
        mentors.add(mentor);
    }
}

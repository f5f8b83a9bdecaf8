package org.polycentric.world.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.polycentric.world.data.NationAttributes.Bloc;
import org.polycentric.world.data.NationAttributes.IncomeGroup;
import org.polycentric.world.data.NationAttributes.Nation;
import org.polycentric.world.data.NationAttributes.NetZeroTarget;
import org.polycentric.world.data.NationAttributes.TargetForm;

/** The shipped nation-attributes.csv: who is in it, and the values a user would check first. */
class NationAttributesTest {

    /** The 193 UN member states (world-countries 5.1.0's unMember list without the Holy See, an observer). */
    private static final Set<String> UN_MEMBERS = Set.of((""
            + "AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD "
            + "BGR BHR BHS BIH BLR BLZ BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL "
            + "CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK "
            + "DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA "
            + "GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN "
            + "IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO "
            + "LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX "
            + "MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC "
            + "NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY "
            + "QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP "
            + "SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN "
            + "TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB "
            + "ZWE").split(" "));
    /** Observers and partly recognised states listed as well (Kosovo as world-countries codes it). */
    private static final Set<String> OTHERS = Set.of("VAT", "PSE", "TWN", "UNK");
    /** The Parties in Annex I of the UNFCCC, without the European Union (not a country row). */
    private static final Set<String> ANNEX_I = Set.of(("AUS AUT BLR BEL BGR CAN HRV CYP CZE DEU DNK ESP EST FIN "
            + "FRA GBR GRC HUN IRL ISL ITA JPN LIE LTU LUX LVA MCO MLT NLD NOR NZL POL PRT ROU RUS SVK SVN SWE "
            + "CHE TUR UKR USA").split(" "));

    private final NationAttributes nations = NationAttributes.load();

    private Nation nation(String iso3) {
        return nations.get(iso3).orElseThrow(() -> new AssertionError(iso3 + " missing"));
    }

    @Test
    void everyUnMemberAndTheFourOthersExactlyOnce() {
        Set<String> listed = nations.all().stream().map(Nation::iso3).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(nations.size(), listed.size(), "no duplicates");
        Set<String> missing = new TreeSet<>(UN_MEMBERS);
        missing.removeAll(listed);
        assertTrue(missing.isEmpty(), "UN members missing: " + missing);
        Set<String> extra = new TreeSet<>(listed);
        extra.removeAll(UN_MEMBERS);
        assertEquals(OTHERS, extra, "besides the UN members, only the Holy See, Palestine, Taiwan and Kosovo");
        assertEquals(197, nations.size());
        System.out.printf("nation attributes: %d countries (%d UN members + %s)%n", nations.size(), UN_MEMBERS.size(),
                new TreeSet<>(OTHERS));
    }

    @Test
    void annexOneIsTheConventionsList() {
        Set<String> annex = nations.all().stream().filter(Nation::annex1).map(Nation::iso3)
                .collect(Collectors.toSet());
        assertEquals(42, ANNEX_I.size());
        assertEquals(ANNEX_I, annex);
        assertTrue(nation("TUR").annex1(), "Türkiye is in Annex I");
        assertFalse(nation("KAZ").annex1(), "Kazakhstan is not");
        System.out.printf("Annex I: %d country Parties (the EU is the 43rd Party)%n", annex.size());
    }

    @Test
    void incomeGroupsArePlausible() {
        Map<IncomeGroup, Integer> counts = new EnumMap<>(IncomeGroup.class);
        nations.all().forEach(n -> counts.merge(n.incomeGroup(), 1, Integer::sum));
        System.out.printf("income groups (World Bank FY2025, sovereign countries only): %s%n", counts);
        // the World Bank's 86 high-income economies include about 22 territories (Hong Kong, Puerto
        // Rico, Greenland, ...) that are not rows here; its 26 low-income economies are all sovereign
        assertTrue(counts.get(IncomeGroup.HIGH) >= 58 && counts.get(IncomeGroup.HIGH) <= 70, "high: " + counts);
        assertEquals(26, counts.get(IncomeGroup.LOW));
        assertTrue(counts.get(IncomeGroup.LOWER_MIDDLE) >= 45 && counts.get(IncomeGroup.LOWER_MIDDLE) <= 55);
        assertTrue(counts.get(IncomeGroup.UPPER_MIDDLE) >= 48 && counts.get(IncomeGroup.UPPER_MIDDLE) <= 58);
        assertEquals(Set.of("VAT", "VEN"), nations.all().stream().filter(n -> n.incomeGroup() == IncomeGroup.NONE)
                .map(Nation::iso3).collect(Collectors.toSet()), "unclassified: the Holy See and Venezuela");
        assertEquals(IncomeGroup.HIGH, nation("JPN").incomeGroup());
        assertEquals(IncomeGroup.UPPER_MIDDLE, nation("BRA").incomeGroup());
        assertEquals(IncomeGroup.UPPER_MIDDLE, nation("CHN").incomeGroup());
        assertEquals(IncomeGroup.LOWER_MIDDLE, nation("NGA").incomeGroup());
        assertEquals(IncomeGroup.LOWER_MIDDLE, nation("IND").incomeGroup());
        assertEquals(IncomeGroup.LOW, nation("ETH").incomeGroup());
    }

    @Test
    void greatPowersAreTheTwoBlocLeaders() {
        List<String> great = nations.all().stream().filter(Nation::greatPower).map(Nation::iso3).toList();
        assertEquals(List.of("CHN", "USA"), great);
        assertEquals(Bloc.WEST, nation("USA").bloc());
        assertEquals(Bloc.EAST, nation("CHN").bloc());
        assertEquals(Bloc.EAST, nation("RUS").bloc());
        assertEquals(Bloc.WEST, nation("JPN").bloc());
        assertEquals(Bloc.NONALIGNED, nation("IND").bloc());
        assertEquals(Bloc.NONALIGNED, nation("BRA").bloc());
        Map<Bloc, Long> blocs = nations.all().stream().collect(Collectors.groupingBy(Nation::bloc,
                () -> new EnumMap<>(Bloc.class), Collectors.counting()));
        System.out.printf("blocs: %s%n", blocs);
    }

    @Test
    void co2PerHeadInRangeAndKnownValuesRight() {
        for (Nation n : nations.all()) {
            assertTrue(n.co2PerCapita() >= 0 && n.co2PerCapita() <= 60, n.iso3() + " " + n.co2PerCapita());
        }
        assertTrue(between(nation("USA").co2PerCapita(), 13, 17));
        assertTrue(between(nation("CHN").co2PerCapita(), 7.5, 10));
        assertTrue(between(nation("IND").co2PerCapita(), 1.5, 2.5));
        assertTrue(between(nation("DEU").co2PerCapita(), 7, 9));
        assertTrue(between(nation("NGA").co2PerCapita(), 0.3, 1));
        assertTrue(between(nation("QAT").co2PerCapita(), 30, 45));
        long approx = nations.all().stream().filter(n -> n.co2Quality() == NationAttributes.Co2Quality.APPROX)
                .count();
        for (String g20 : List.of("ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN",
                "KOR", "MEX", "RUS", "SAU", "TUR", "USA", "ZAF")) {
            assertEquals(NationAttributes.Co2Quality.APPROX, nation(g20).co2Quality(), g20);
        }
        System.out.printf("CO2 per head: %d approx, %d estimates; USA %.1f, CHN %.1f, IND %.1f, DEU %.1f t%n",
                approx, nations.size() - approx, nation("USA").co2PerCapita(), nation("CHN").co2PerCapita(),
                nation("IND").co2PerCapita(), nation("DEU").co2PerCapita());
    }

    @Test
    void wellKnownNetZeroTargets() {
        target("GBR", 2050, "2019-06", TargetForm.LAW);
        target("CHN", 2060, "2020-09", TargetForm.PLEDGE);
        target("JPN", 2050, "2020-10", null);
        target("KOR", 2050, "2020-10", null);
        target("USA", 2050, "2021-04", TargetForm.POLICY);
        target("IND", 2070, "2021-11", null);
        target("RUS", 2060, null, null);
        target("SAU", 2060, null, null);
        target("TUR", 2053, null, null);
        target("IDN", 2060, null, null);
        target("NGA", 2060, null, null);
        target("SWE", 2045, null, null);
        target("FIN", 2035, null, null);
        target("DEU", 2045, null, null);
        target("FRA", 2050, null, TargetForm.LAW);
        for (String iso : List.of("CAN", "AUS", "BRA", "NOR", "DNK", "NZL", "CRI", "BTN", "SUR")) {
            assertTrue(nation(iso).target().isPresent(), iso);
        }
        List<String> byJune2019 = new ArrayList<>();
        int count = 0;
        for (Nation n : nations.all()) {
            if (n.netZero() != null) {
                count++;
                assertTrue(n.netZero().year() >= n.netZero().announced().getYear(), n.iso3());
                assertTrue(n.netZero().announced().isBefore(YearMonth.of(2026, 1)), n.iso3());
                if (!n.netZero().announced().isAfter(YearMonth.of(2019, 6))) {
                    byJune2019.add(n.iso3());
                }
            }
        }
        assertTrue(count >= 40, "targets recorded: " + count);
        System.out.printf("net-zero targets recorded: %d of about 137 (Net Zero Tracker, mid-2025); "
                + "announced by June 2019: %d (observed 17) %s%n", count, byJune2019.size(), byJune2019);
    }

    private void target(String iso3, int year, String announced, TargetForm form) {
        NetZeroTarget t = nation(iso3).target().orElseThrow(() -> new AssertionError(iso3 + " has no target"));
        assertEquals(year, t.year(), iso3);
        if (announced != null) {
            assertEquals(YearMonth.parse(announced), t.announced(), iso3);
        }
        if (form != null) {
            assertEquals(form, t.form(), iso3);
        }
    }

    private static boolean between(double x, double lo, double hi) {
        return x >= lo && x <= hi;
    }

    @Test
    void badDataNamesFileLineColumnAndWhatIsAllowed() {
        String ok = "ABC,H,1,west,0,4.5,approx,2050,2019-06,law";
        assertEquals(1, parse(ok).size());
        assertEquals(1, parse("ABC,,0,nonaligned,0,0.04,estimate,,,").size());
        assertBad("ABC,,0,nonaligned,0,0.0,estimate,,,", "above 0"); // a city of such a nation would emit nothing
        assertBad("ABC,X,1,west,0,4.5,approx,,,", "x.csv:2: column income_group: 'X' is not allowed; allowed: H, UM, LM, L, (empty)");
        assertBad("ABC,H,2,west,0,4.5,approx,,,", "column annex1: '2' is not allowed; allowed: 0 or 1");
        assertBad("ABC,H,1,north,0,4.5,approx,,,", "column bloc: 'north' is not allowed; allowed: west, east, nonaligned");
        assertBad("ABC,H,1,west,0,-1.0,approx,,,", "column co2_per_capita: '-1.0'");
        assertBad("ABC,H,1,west,0,4.55,approx,,,", "tonnes with one decimal");
        assertBad("ABC,H,1,west,0,4.5,approx,2050,,law", "column net_zero_announced: '' is not allowed; allowed: "
                + "net_zero_year, net_zero_announced and net_zero_form all given or all empty");
        assertBad("ABC,H,1,west,0,4.5,approx,2050,2019-13,law", "column net_zero_announced: '2019-13'");
        assertBad("ABC,H,1,west,0,4.5,approx,2050,2019-06,promise", "allowed: law, policy, pledge");
        assertBad("abc,H,1,west,0,4.5,approx,,,", "column iso3: 'abc'");
        assertBad("ABC,H,1,west,0,4.5,approx,,", "x.csv:2: 9 fields; allowed: exactly 10");
        assertBad(ok + "\n" + ok, "x.csv:3: column iso3: ABC appears twice");
        assertBad(ok + "\n" + ok.replace("ABC", "ABB"), "x.csv:3: column iso3: ABB after ABC; allowed: rows sorted");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NationAttributes.parse("x.csv", new StringReader("iso3,income\nABC,H\n")));
        assertTrue(e.getMessage().startsWith("x.csv:1: the header must be exactly"), e.getMessage());
    }

    private static NationAttributes parse(String rows) {
        try {
            return NationAttributes.parse("x.csv", new StringReader(NationAttributes.HEADER + "\n" + rows + "\n"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertBad(String rows, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(rows));
        assertTrue(e.getMessage().contains(expected), "message: " + e.getMessage() + "\nexpected: " + expected);
    }
}

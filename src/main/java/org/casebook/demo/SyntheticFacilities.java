package org.casebook.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.claim.ClaimService;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityCommand;
import org.casebook.facility.FacilityEdits;
import org.casebook.facility.FacilityName;
import org.casebook.facility.FacilityService;
import org.casebook.records.Publication;
import org.casebook.source.Source;
import org.casebook.source.SourceService;

/**
 * Five clearly synthetic facilities, one per status the rules give, with claims from a synthetic imagery analysis and
 * a synthetic state media report: the first is contested ("training centre" against "detention"). Their names are
 * invented and marked as such; their places are near, never at, real sites.
 */
final class SyntheticFacilities {
    private final FacilityEdits facilities;
    private final FacilityService facilityRecords;
    private final SourceService sources;
    private final ClaimEdits claimEdits;
    private final ClaimService claims;

    SyntheticFacilities(
            FacilityEdits facilities,
            FacilityService facilityRecords,
            SourceService sources,
            ClaimEdits claimEdits,
            ClaimService claims) {
        this.facilities = facilities;
        this.facilityRecords = facilityRecords;
        this.sources = sources;
        this.claimEdits = claimEdits;
        this.claims = claims;
    }

    /** @param prefectures place ids of Kashgar, Hotan, Ürümqi, Ghulja, Aksu and Turpan, in that order */
    List<Facility> load(List<Long> prefectures, String heldPersonId) {
        Source imagery = source("satellite_imagery", "Synthetic imagery analysis of facilities", "researcher", "B");
        Source stateMedia =
                source("state_media", "Synthetic state media report on training centres", "state_media", "E");
        List<Facility> made = new ArrayList<>();
        made.add(facility(
                List.of(
                        new FacilityName("Synthetic Yengi Bagh Training Centre", "en"),
                        new FacilityName("英吉巴格职业技能教育培训中心（合成）", "zh"),
                        new FacilityName("يېڭى باغ تەربىيىلەش مەركىزى (سىنتېتىك)", "ug")),
                "reeducation_camp",
                prefectures.get(0),
                39.52,
                76.05,
                2,
                imagery));
        claim(
                made.get(0),
                "facility_security",
                "2018-06",
                imagery,
                "Synthetic imagery analysts",
                "researcher",
                2,
                "Perimeter wall, internal fencing and eight watchtowers (synthetic).");
        claim(
                made.get(0),
                "facility_school",
                "2019-01",
                stateMedia,
                "Synthetic county spokesperson",
                "state",
                3,
                "Described as a boarding school for vocational skills (synthetic).");
        made.add(facility(
                List.of(
                        new FacilityName("Synthetic Qara Su Detention Centre", "en"),
                        new FacilityName("喀拉苏看守所（合成）", "zh"),
                        new FacilityName("قارا سۇ تۇتۇپ تۇرۇش ئورنى (سىنتېتىك)", "ug")),
                "detention_centre",
                prefectures.get(1),
                37.16,
                79.86,
                3,
                imagery));
        claim(made.get(1), "facility_built", "2017-09", imagery, "Synthetic imagery analysts", "researcher", 2, null);
        claim(
                made.get(1),
                "facility_expanded",
                "2018-11",
                imagery,
                "Synthetic imagery analysts",
                "researcher",
                2,
                "Four new buildings inside the wall (synthetic).");
        made.add(facility(
                List.of(new FacilityName("Synthetic Aq Yar Camp", "en"), new FacilityName("阿克亚尔培训中心（合成）", "zh")),
                "reeducation_camp",
                prefectures.get(4),
                41.22,
                80.31,
                1,
                imagery));
        claim(
                made.get(2),
                "facility_security",
                "2018-03",
                imagery,
                "Synthetic imagery analysts",
                "researcher",
                2,
                null);
        claim(
                made.get(2),
                "facility_desecuritised",
                "2020-05",
                imagery,
                "Synthetic imagery analysts",
                "researcher",
                2,
                "Watchtowers and internal fences removed (synthetic).");
        made.add(facility(
                List.of(new FacilityName("Synthetic Eastern Prison", "en"), new FacilityName("东郊监狱（合成）", "zh")),
                "prison",
                prefectures.get(2),
                43.79,
                87.70,
                4,
                imagery));
        claim(made.get(3), "facility_detention", "2019", imagery, "Synthetic imagery analysts", "researcher", 2, null);
        claim(
                made.get(3),
                "facility_demolished",
                "2021-08",
                imagery,
                "Synthetic imagery analysts",
                "researcher",
                2,
                null);
        made.add(facility(
                List.of(new FacilityName("Synthetic Oasis Compound", "en"), new FacilityName("绿洲园区（合成）", "zh")),
                "forced_labour",
                prefectures.get(5),
                42.90,
                89.25,
                null,
                null));
        claim(made.get(4), "facility_exists", "2020", imagery, "Synthetic imagery analysts", "researcher", 3, null);
        if (heldPersonId != null) {
            // Said by a relative, so taken from a relative's testimony (published anonymously), not from the imagery.
            Source testimony = SyntheticPersons.source(
                    sources, "testimony", "Synthetic testimony of a relative", "family", "C", "2020-10-02");
            claimEdits.create(
                    new ClaimCommand(
                            heldPersonId,
                            null,
                            "held_at",
                            null,
                            made.get(1).publicId(),
                            null,
                            null,
                            "Held at the facility (synthetic).",
                            "month",
                            "2018-12",
                            null,
                            testimony.id(),
                            "Synthetic relative",
                            "family",
                            "asserts",
                            null,
                            6,
                            "unverified",
                            null,
                            true,
                            null,
                            null),
                    DemoData.ACTOR);
        }
        return made;
    }

    /** Publishes the facilities and the claims about them (their sources are published already). */
    void publish(List<Facility> made) {
        for (Facility f : made) {
            Facility current = facilityRecords.get(f.id());
            facilities.setPublication(f.id(), Publication.published, current.version(), DemoData.ACTOR);
            claims.aboutFacility(f.id())
                    .forEach(
                            c -> claimEdits.setPublication(c.id(), Publication.published, c.version(), DemoData.ACTOR));
        }
    }

    private Facility facility(
            List<FacilityName> names,
            String kind,
            long place,
            double lat,
            double lon,
            Integer tier,
            Source tierSource) {
        double d = 0.004;
        String outline = String.format(
                Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.4f,%2$.4f],[%3$.4f,%2$.4f],[%3$.4f,%4$.4f],[%1$.4f,%4$.4f],[%1$.4f,%2$.4f]]]}",
                lon - d,
                lat - d,
                lon + d,
                lat + d);
        return facilities.create(
                new FacilityCommand(
                        names,
                        kind,
                        place,
                        lat,
                        lon,
                        200,
                        outline,
                        50,
                        tier,
                        tierSource == null ? null : tierSource.id(),
                        tier == null ? null : "2020-09-24",
                        tier == null ? null : "Synthetic tier assessment from security features.",
                        null,
                        true,
                        null,
                        null),
                DemoData.ACTOR);
    }

    private void claim(
            Facility facility,
            String type,
            String date,
            Source source,
            String asserter,
            String party,
            int credibility,
            String details) {
        String precision = date.length() == 4 ? "year" : date.length() == 7 ? "month" : "day";
        claimEdits.create(
                new ClaimCommand(
                        null,
                        null,
                        type,
                        null,
                        facility.publicId(),
                        null,
                        null,
                        details,
                        precision,
                        date,
                        null,
                        source.id(),
                        asserter,
                        party,
                        "asserts",
                        null,
                        credibility,
                        "unverified",
                        null,
                        true,
                        null,
                        null),
                DemoData.ACTOR);
    }

    private Source source(String kind, String title, String party, String reliability) {
        return SyntheticPersons.source(sources, kind, title, party, reliability, "2020-09-24");
    }
}

package org.casebook.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.claim.PublishedClaim;
import org.casebook.claim.PublishedClaims;
import org.casebook.evidence.EvidencePublication.PublishedFile;
import org.casebook.facility.FacilityCsv;
import org.casebook.facility.FacilityMapPage;
import org.casebook.facility.GeoJsonReply;
import org.casebook.facility.MapSettings;
import org.casebook.facility.PublishedFacilities;
import org.casebook.facility.PublishedFacility;
import org.casebook.person.PublishedPerson;
import org.casebook.person.PublishedPersons;
import org.casebook.records.RecordNotFound;
import org.casebook.source.PublishedSources;
import org.casebook.web.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public facility map (a sortable table without JavaScript), each published facility's page, and downloads. */
@Controller
class PublicFacilityController {
    private final PublishedFacilities facilities;
    private final PublishedClaims claims;
    private final PublishedPersons persons;
    private final PublishedSources sources;
    private final MapSettings settings;
    private final PublicSite site;

    PublicFacilityController(
            PublishedFacilities facilities,
            PublishedClaims claims,
            PublishedPersons persons,
            PublishedSources sources,
            MapSettings settings,
            PublicSite site) {
        this.site = site;
        this.facilities = facilities;
        this.claims = claims;
        this.persons = persons;
        this.sources = sources;
        this.settings = settings;
    }

    @GetMapping("/facilities")
    String map(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String prefecture,
            @RequestParam(required = false) String sort,
            @RequestParam(name = "page", defaultValue = "0") int tablePage,
            Model model) {
        PublishedFacilities.Filter filter = PublishedFacilities.Filter.of(kind, tier, status, prefecture);
        FacilityMapPage page = FacilityMapPage.of(
                facilities.table(filter, FacilityMapPage.column(sort), Texts.locale()),
                filter,
                facilities.prefectures(),
                sort,
                settings,
                true,
                tablePage);
        model.addAttribute("page", page.at("/api/public/v1/facilities"));
        return "publish/facilities";
    }

    @GetMapping(value = "/facilities.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<String> csv(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String prefecture) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"casebook-facilities.csv\"")
                .body(FacilityCsv.of(
                        facilities.matching(PublishedFacilities.Filter.of(kind, tier, status, prefecture))));
    }

    @GetMapping(value = "/facilities.geojson")
    @ResponseBody
    ResponseEntity<byte[]> geoJson(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String prefecture,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        return GeoJsonReply.of(
                facilities.geoJson(PublishedFacilities.Filter.of(kind, tier, status, prefecture)),
                encodings,
                "casebook-facilities.geojson");
    }

    @GetMapping("/facilities/{publicId}")
    String facility(@PathVariable String publicId, Model model) {
        PublishedFacility facility =
                facilities.find(publicId).orElseThrow(() -> new RecordNotFound("facility", publicId));
        long id =
                facilities.internalId(facility.publicId()).orElseThrow(() -> new RecordNotFound("facility", publicId));
        List<PublishedClaim> held = claims.atFacility(id, true);
        List<PublishedClaim> about = claims.atFacility(id, false);
        List<PublishedFile> files =
                new ArrayList<>(site.files(List.of(), about, true).all());
        files.addAll(site.files(List.of(), held, false).all());
        model.addAttribute(
                "page",
                new PublicFacilityPage(
                        facility,
                        facility.tierSourceId() == null
                                ? null
                                : sources.find(facility.tierSourceId()).orElse(null),
                        about,
                        held,
                        persons
                                .byPublicIds(held.stream()
                                        .map(PublishedClaim::personPublicId)
                                        .distinct()
                                        .toList())
                                .stream()
                                .collect(Collectors.toMap(PublishedPerson::publicId, Function.identity())),
                        new PublicFiles(files)));
        return "publish/facility";
    }
}

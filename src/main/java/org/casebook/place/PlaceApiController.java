package org.casebook.place;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.casebook.access.CurrentUser;
import org.casebook.records.PageOf;
import org.casebook.records.Retraction;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/places")
@Tag(name = "Places", description = "Regions, prefectures, counties, townships and villages")
class PlaceApiController {
    private final PlaceService places;

    PlaceApiController(PlaceService places) {
        this.places = places;
    }

    @GetMapping
    PageOf<Place> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return places.list(page, size);
    }

    @GetMapping("/{id}")
    Place get(@PathVariable long id) {
        return places.get(id);
    }

    @PostMapping
    ResponseEntity<Place> create(@RequestBody PlaceCommand command) {
        Place place = places.create(command, CurrentUser.name());
        return ResponseEntity.created(URI.create("/api/v1/places/" + place.id()))
                .body(place);
    }

    @PutMapping("/{id}")
    Place update(@PathVariable long id, @RequestBody PlaceCommand command) {
        return places.update(id, command, CurrentUser.name());
    }

    @PostMapping("/{id}/retract")
    Place retract(@PathVariable long id, @RequestBody Retraction retraction) {
        return places.retract(id, retraction, CurrentUser.name());
    }
}

package org.csphub.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapTilesTests {

	@Test
	void noTileServerByDefault() {
		MapTiles tiles = new MapTiles("", "", "abc");
		assertThat(tiles.configured()).isFalse();
		assertThat(tiles.origins()).isEmpty();
	}

	@Test
	void eachSubdomainIsItsOwnOriginBecauseAPolicyWildcardCoversOnlyAWholeLabel() {
		MapTiles tiles = new MapTiles("https://tiles{s}.example.org:8443/osm/{z}/{x}/{y}.png", "© OpenStreetMap contributors",
				"ab");
		assertThat(tiles.origins()).containsExactlyInAnyOrder("https://tilesa.example.org:8443",
				"https://tilesb.example.org:8443");
		assertThat(new MapTiles("https://maps.council.example/{z}/{x}/{y}{r}.png", "Council", "").origins())
			.containsExactly("https://maps.council.example");
	}

	@Test
	void unusableTemplatesStopTheApplicationNamingTheSetting() {
		assertThatThrownBy(() -> new MapTiles("https://t.example.org/{z}/{x}.png", "x", "abc"))
			.hasMessageContaining("csphub.map.tile-url").hasMessageContaining("{y}");
		assertThatThrownBy(() -> new MapTiles("javascript:alert(1)//{z}/{x}/{y}", "x", "abc"))
			.hasMessageContaining("https://");
		assertThatThrownBy(() -> new MapTiles("https://{z}.example.org/{z}/{x}/{y}.png", "x", "abc"))
			.hasMessageContaining("only {s}");
		assertThatThrownBy(() -> new MapTiles("https://t.example.org/{z}/{x}/{y}.png", "", "abc"))
			.hasMessageContaining("csphub.map.tile-attribution");
		assertThatThrownBy(() -> new MapTiles("https://user:pw@t.example.org/{z}/{x}/{y}.png", "x", "abc"))
			.hasMessageContaining("user name");
	}

}

package geo

// bigCityPopulation is the size from which a plain populated place (PPL)
// ranks as a county or district seat: GeoNames leaves some large cities
// unranked, and a smaller namesake seat abroad must not beat them.
const bigCityPopulation = 500000

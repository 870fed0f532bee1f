-- Where things are, for the ward maps (issue 17).
--
-- 1. Each sample postcode's National Grid reference (OSGB36 easting and northing, metres) from OS
--    Code-Point Open, August 2014, the same rows V30 took the postcodes from (see V30 and the shared
--    reference-data README). The app turns them into map points (NationalGrid) to place an idea by postcode.
--    Contains OS data (c) Crown copyright and database right 2014;
--    Contains Royal Mail data (c) Royal Mail copyright and database right 2014;
--    Contains National Statistics data (c) Crown copyright and database right 2014.
ALTER TABLE postcode ADD COLUMN easting INTEGER, ADD COLUMN northing INTEGER;

UPDATE postcode SET easting = grid.easting, northing = grid.northing
FROM (VALUES
    ('HR1 1BJ', 351715, 240754),
    ('HR1 1BZ', 351554, 240893),
    ('HR1 1EP', 351576, 240727),
    ('HR1 1NW', 352848, 240348),
    ('HR1 1NZ', 352606, 240738),
    ('HR1 1PZ', 351058, 242282),
    ('HR1 1RB', 352186, 240450),
    ('HR1 1SQ', 352445, 239545),
    ('HR1 1UD', 353079, 239369),
    ('HR1 1US', 353754, 239062),
    ('HR1 1WS', 351420, 240489),
    ('HR1 1XF', 353255, 239464),
    ('HR1 2QD', 351515, 239655),
    ('HR1 2RR', 352259, 239480),
    ('HR1 2SN', 352176, 239370),
    ('HR1 3AB', 350414, 244176),
    ('HR1 3AN', 352597, 242880),
    ('HR1 3BG', 353521, 245375),
    ('HR1 3BP', 353222, 247245),
    ('HR1 3FF', 352802, 247828),
    ('HR1 3HN', 354776, 249836),
    ('HR1 3JD', 356338, 249139),
    ('HR1 3NY', 355216, 245107),
    ('HR1 3QW', 356368, 243269),
    ('HR1 3QX', 360151, 247509),
    ('HR1 3RU', 356225, 242904),
    ('HR1 4HE', 357476, 238635),
    ('HR1 4JD', 362605, 241273),
    ('HR1 4JY', 355916, 238059),
    ('HR1 4QW', 361053, 235659),
    ('HR1 4UF', 356538, 229582),
    ('HR1 9GA', 339943, 227735),
    ('HR2 0HD', 338241, 228376),
    ('HR2 0HG', 338640, 227444),
    ('HR2 6AT', 351072, 238658),
    ('HR2 6AU', 351096, 238760),
    ('HR2 6HS', 351368, 237967),
    ('HR2 6NP', 352568, 237740),
    ('HR2 6PE', 352645, 235127),
    ('HR2 6RH', 350972, 238159),
    ('HR2 6SG', 351002, 238245),
    ('HR2 7AH', 350057, 238788),
    ('HR2 7ED', 349653, 237850),
    ('HR2 7HP', 350022, 238326),
    ('HR2 7JT', 350578, 238694),
    ('HR2 7LQ', 350500, 238391),
    ('HR2 7QQ', 350705, 238046),
    ('HR2 7TP', 349364, 238037),
    ('HR2 7YF', 349214, 238561),
    ('HR2 7YX', 348773, 238286),
    ('HR2 7ZW', 348593, 238587),
    ('HR2 8DQ', 348465, 230998),
    ('HR2 8EF', 349756, 233158),
    ('HR2 8LE', 353131, 225329),
    ('HR2 8PJ', 348664, 226055),
    ('HR2 8QF', 346784, 224521),
    ('HR2 9HQ', 341871, 236078),
    ('HR2 9HY', 341514, 235953),
    ('HR2 9JA', 335376, 242479),
    ('HR2 9PL', 341674, 238936),
    ('HR2 9PU', 337951, 240054),
    ('HR2 9RL', 345544, 237610),
    ('HR2 9RN', 348330, 238023),
    ('HR3 5RB', 323452, 242115),
    ('HR3 6ED', 330801, 247282),
    ('HR3 6LS', 330856, 250586),
    ('HR3 6PB', 334659, 248339),
    ('HR4 0DS', 350160, 240212),
    ('HR4 0HN', 349717, 240186),
    ('HR4 0HQ', 349849, 240306),
    ('HR4 0HU', 348775, 240514),
    ('HR4 0HX', 348799, 240468),
    ('HR4 0NY', 349271, 241281),
    ('HR4 0RT', 349443, 240668),
    ('HR4 0SA', 348921, 241152),
    ('HR4 7DG', 345650, 243701),
    ('HR4 7EF', 344804, 243183),
    ('HR4 7PH', 347687, 240246),
    ('HR4 8EQ', 346250, 245431),
    ('HR4 8LQ', 346671, 245936),
    ('HR4 8PH', 344930, 250760),
    ('HR4 8PQ', 345261, 251301),
    ('HR4 8SE', 340162, 251704),
    ('HR4 9AJ', 350911, 240006),
    ('HR4 9AU', 350898, 239844),
    ('HR4 9HZ', 349261, 241674),
    ('HR4 9LW', 350996, 241122),
    ('HR4 9LY', 349331, 241865),
    ('HR4 9RN', 350473, 242109),
    ('HR4 9TQ', 349538, 242056),
    ('HR4 9XF', 349634, 240797),
    ('HR4 9YH', 350569, 240427),
    ('HR5 3EL', 328797, 256262),
    ('HR5 3EW', 326190, 254975),
    ('HR5 3LH', 331129, 256394),
    ('HR5 3NE', 328848, 256965),
    ('HR6 0DN', 351493, 264522),
    ('HR6 0HL', 354831, 262324),
    ('HR6 0HR', 356003, 263673),
    ('HR6 8BB', 349931, 258816),
    ('HR6 8DQ', 349476, 259074),
    ('HR6 8EA', 349278, 259817),
    ('HR6 8HL', 348897, 258785),
    ('HR6 8JD', 348838, 258846),
    ('HR6 8LS', 349537, 259162),
    ('HR6 8QB', 348874, 258214),
    ('HR6 8SE', 348345, 258777),
    ('HR6 8SW', 348390, 259031),
    ('HR6 9AL', 347330, 259012),
    ('HR6 9HF', 340458, 256746),
    ('HR6 9HT', 337029, 261569),
    ('HR6 9RZ', 344077, 261792),
    ('HR6 9SL', 344510, 261602),
    ('HR6 9SZ', 339217, 265743),
    ('HR6 9UF', 340997, 269816),
    ('HR6 9UR', 342115, 267761),
    ('HR7 4AX', 364707, 254435),
    ('HR7 4DS', 365519, 254782),
    ('HR7 4HJ', 361966, 249436),
    ('HR7 4JZ', 365155, 252371),
    ('HR7 4LE', 366109, 253680),
    ('HR7 4LG', 364881, 254170),
    ('HR7 4NQ', 362796, 258934),
    ('HR7 4QP', 366932, 255744),
    ('HR7 4SS', 364152, 253992),
    ('HR7 4UN', 364510, 254658),
    ('HR8 1EW', 374250, 236864),
    ('HR8 1HS', 367732, 247318),
    ('HR8 1JS', 371043, 243624),
    ('HR8 1QE', 369356, 245312),
    ('HR8 1QT', 369521, 243521),
    ('HR8 1RR', 373155, 235171),
    ('HR8 1YG', 370993, 237860),
    ('HR8 2AL', 370751, 237577),
    ('HR8 2DL', 371002, 237482),
    ('HR8 2GA', 370506, 238097),
    ('HR8 2JW', 368018, 238439),
    ('HR8 2PG', 363529, 232928),
    ('HR8 2RX', 363475, 242659),
    ('HR8 2UW', 370313, 238271),
    ('HR8 2ZT', 370993, 237860),
    ('HR9 5AN', 359998, 223648),
    ('HR9 5BH', 359333, 223262),
    ('HR9 5NS', 360439, 223650),
    ('HR9 5QZ', 359978, 218712),
    ('HR9 5WG', 359584, 221246),
    ('HR9 5XA', 359600, 223357),
    ('HR9 6DE', 355508, 218244),
    ('HR9 6EB', 352334, 219333),
    ('HR9 6NA', 355524, 225882),
    ('HR9 6QB', 358077, 225490),
    ('HR9 7AX', 360426, 224791),
    ('HR9 7BE', 360466, 225011),
    ('HR9 7BQ', 360624, 225252),
    ('HR9 7BX', 359714, 224179),
    ('HR9 7GP', 366569, 221709),
    ('HR9 7LB', 366133, 221606),
    ('HR9 7LY', 365213, 222818),
    ('HR9 9WP', 360777, 223871)
) AS grid (postcode, easting, northing)
WHERE postcode.postcode = grid.postcode;

ALTER TABLE postcode ADD CONSTRAINT postcode_grid_whole CHECK ((easting IS NULL) = (northing IS NULL)),
    ADD CONSTRAINT postcode_grid_in_range CHECK (easting IS NULL OR (easting BETWEEN 0 AND 700000 AND northing BETWEEN 0 AND 1300000));

-- 2. The place an idea is about, if its author gave one: a WGS84 point, and how it was given
--    (by a postcode's grid reference, or by clicking the map). All or nothing; in Great Britain's box.
ALTER TABLE idea ADD COLUMN place_latitude NUMERIC(9, 6),
    ADD COLUMN place_longitude NUMERIC(9, 6),
    ADD COLUMN place_given_by VARCHAR(10);

ALTER TABLE idea ADD CONSTRAINT idea_place_whole
        CHECK ((place_latitude IS NULL) = (place_longitude IS NULL) AND (place_latitude IS NULL) = (place_given_by IS NULL)),
    ADD CONSTRAINT idea_place_given_by CHECK (place_given_by IS NULL OR place_given_by IN ('POSTCODE', 'MAP')),
    ADD CONSTRAINT idea_place_in_britain
        CHECK (place_latitude IS NULL OR (place_latitude BETWEEN 49.8 AND 60.9 AND place_longitude BETWEEN -8.7 AND 1.8));

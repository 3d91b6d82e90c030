-- Public holidays of the Kyrgyz Republic: due dates and reminder timers count working days
-- (Monday to Friday, not these). Administrators add each year's dates on /admin/holidays, including
-- Orozo Ait and Kurman Ait, whose dates the government announces each year, and days moved by decree.
CREATE TABLE ovop_public_holiday (
    holiday_date DATE       PRIMARY KEY,
    name_ky    VARCHAR(100) NOT NULL,
    name_ru    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    added_by   VARCHAR(64)  NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO ovop_public_holiday (holiday_date, name_ky, name_ru, name_en, added_by, added_at)
SELECT CAST(d.holiday_date AS DATE), d.name_ky, d.name_ru, d.name_en, 'system', CURRENT_TIMESTAMP FROM (
    SELECT '2026-01-01' AS holiday_date, 'Жаңы жыл' AS name_ky, 'Новый год' AS name_ru, 'New Year' AS name_en
    UNION ALL SELECT '2026-01-07', 'Машаяктын туулган күнү', 'Рождество Христово', 'Orthodox Christmas'
    UNION ALL SELECT '2026-02-23', 'Ата Мекенди коргоочулар күнү', 'День защитника Отечества', 'Defender of the Fatherland Day'
    UNION ALL SELECT '2026-03-08', 'Эл аралык аялдар күнү', 'Международный женский день', 'International Women''s Day'
    UNION ALL SELECT '2026-03-20', 'Орозо айт', 'Орозо айт', 'Orozo Ait'
    UNION ALL SELECT '2026-03-21', 'Нооруз', 'Нооруз', 'Nooruz'
    UNION ALL SELECT '2026-05-01', 'Эмгек майрамы', 'Праздник труда', 'Labour Day'
    UNION ALL SELECT '2026-05-05', 'Конституция күнү', 'День Конституции', 'Constitution Day'
    UNION ALL SELECT '2026-05-09', 'Жеңиш күнү', 'День Победы', 'Victory Day'
    UNION ALL SELECT '2026-05-27', 'Курман айт', 'Курман айт', 'Kurman Ait'
    UNION ALL SELECT '2026-08-31', 'Эгемендүүлүк күнү', 'День независимости', 'Independence Day'
    UNION ALL SELECT '2026-11-07', 'Тарых жана ата-бабаларды эскерүү күнү', 'День истории и памяти предков', 'Day of History and Commemoration of Ancestors'
    UNION ALL SELECT '2026-11-08', 'Тарых жана ата-бабаларды эскерүү күнү', 'День истории и памяти предков', 'Day of History and Commemoration of Ancestors'
    UNION ALL SELECT '2027-01-01', 'Жаңы жыл', 'Новый год', 'New Year'
    UNION ALL SELECT '2027-01-07', 'Машаяктын туулган күнү', 'Рождество Христово', 'Orthodox Christmas'
    UNION ALL SELECT '2027-02-23', 'Ата Мекенди коргоочулар күнү', 'День защитника Отечества', 'Defender of the Fatherland Day'
    UNION ALL SELECT '2027-03-08', 'Эл аралык аялдар күнү', 'Международный женский день', 'International Women''s Day'
    UNION ALL SELECT '2027-03-10', 'Орозо айт', 'Орозо айт', 'Orozo Ait'
    UNION ALL SELECT '2027-03-21', 'Нооруз', 'Нооруз', 'Nooruz'
    UNION ALL SELECT '2027-05-01', 'Эмгек майрамы', 'Праздник труда', 'Labour Day'
    UNION ALL SELECT '2027-05-05', 'Конституция күнү', 'День Конституции', 'Constitution Day'
    UNION ALL SELECT '2027-05-09', 'Жеңиш күнү', 'День Победы', 'Victory Day'
    UNION ALL SELECT '2027-05-17', 'Курман айт', 'Курман айт', 'Kurman Ait'
    UNION ALL SELECT '2027-08-31', 'Эгемендүүлүк күнү', 'День независимости', 'Independence Day'
    UNION ALL SELECT '2027-11-07', 'Тарых жана ата-бабаларды эскерүү күнү', 'День истории и памяти предков', 'Day of History and Commemoration of Ancestors'
    UNION ALL SELECT '2027-11-08', 'Тарых жана ата-бабаларды эскерүү күнү', 'День истории и памяти предков', 'Day of History and Commemoration of Ancestors'
) d;

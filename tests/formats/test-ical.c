/* test-ical.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "tandem-file.h"
#include "tandem-ical.h"
#include "tandem-test-utils.h"

/* Long enough to fold several times, with two- and three-octet characters
 * at every position. */
#define LONG_TITLE "Zoë’s Ünïcödé launch — “Offline sync” für alle Teams, ĳ€ and 日本語 too"

typedef struct
{
  TandemWorkspace *ws;
  TandemObject    *big;
  TandemObject    *small;
  TandemObject    *early;
  TandemObject    *late;
  TandemObject    *card;
} Fixture;

static void
fixture_init (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(TandemObject) column = NULL;
  TandemObject *pmm;
  const char *cards[2] = { NULL, NULL };
  const char *channels[] = { "blog", "analyst-briefing", "partner-webinar", NULL };

  f->ws = tandem_workspace_new_untitled ();
  tandem_workspace_set (f->ws, f->ws, "title", "Orbit, 3.0; planning", NULL);
  column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (f->ws)), 0);
  pmm = tandem_workspace_create (f->ws, TANDEM_TYPE_PERSON, NULL, "name", "Zoë Ångström", NULL);
  f->card = tandem_workspace_create (f->ws, TANDEM_TYPE_CARD, NULL, "title", "Offline sync ✓",
                                     "column", tandem_object_get_id (column), "rank", "a0", NULL);
  cards[0] = tandem_object_get_id (f->card);

  f->big = tandem_workspace_create (f->ws, TANDEM_TYPE_LAUNCH, NULL,
                                    "title", LONG_TITLE, "date", "2028-02-28", "tier", 1,
                                    "status", TANDEM_LAUNCH_STATUS_CONFIRMED,
                                    "pmm", tandem_object_get_id (pmm),
                                    "cards", cards, "channels", channels,
                                    "notes", "Line one; with, punctuation\nLine two: 100% ready",
                                    NULL);
  f->early = tandem_workspace_create (f->ws, TANDEM_TYPE_TASK, f->big, "title", "Go/no-go",
                                      "offset", -3, "team", TANDEM_TEAM_PRODUCT, NULL);
  f->late = tandem_workspace_create (f->ws, TANDEM_TYPE_TASK, f->big, "title", "Review, first",
                                     "offset", 2, "done", TRUE, "team", TANDEM_TEAM_MARKETING, NULL);
  f->small = tandem_workspace_create (f->ws, TANDEM_TYPE_LAUNCH, NULL,
                                      "title", "New year", "date", "2027-12-31", "tier", 3, NULL);
  tandem_workspace_create (f->ws, TANDEM_TYPE_TASK, f->small, "title", "Blog", "offset", 0, NULL);
}

static void
fixture_clear (Fixture       *f,
               gconstpointer  data)
{
  g_clear_object (&f->ws);
}

static GDateTime *
stamp (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new_from_iso8601 (text, utc);
}

static char *
uid_of (TandemObject *object)
{
  return g_strconcat (tandem_object_get_id (object), "@tandemplanner.github.io", NULL);
}

static icalcomponent *
find_event (icalcomponent *calendar,
            const char    *uid)
{
  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       c != NULL; c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (c), uid) == 0)
      return c;
  return NULL;
}

static void
assert_date (struct icaltimetype t,
             int                 year,
             int                 month,
             int                 day)
{
  g_assert_true (t.is_date);
  g_assert_cmpint (t.year, ==, year);
  g_assert_cmpint (t.month, ==, month);
  g_assert_cmpint (t.day, ==, day);
}

static void
assert_stamp (icalcomponent *event)
{
  icalproperty *p = icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY);
  struct icaltimetype t;

  g_assert_nonnull (p);
  t = icalproperty_get_dtstamp (p);
  g_assert_false (t.is_date);
  g_assert_true (icaltime_is_utc (t));
  g_assert_cmpint (t.year, ==, 2027);
  g_assert_cmpint (t.month, ==, 1);
  g_assert_cmpint (t.day, ==, 2);
  g_assert_cmpint (t.hour, ==, 3);
  g_assert_cmpint (t.minute, ==, 4);
  g_assert_cmpint (t.second, ==, 5);
}

static GPtrArray *
categories_of (icalcomponent *event)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    g_ptr_array_add (out, g_strdup (icalproperty_get_categories (p)));
  g_ptr_array_add (out, NULL);
  return out;
}

/* RFC 5545 3.1: lines end in CRLF and are at most 75 octets; a fold must not
 * split a character, so every physical line is valid UTF-8 on its own. */
static void
assert_lines_folded (const char *text)
{
  const char *line = text;
  guint n_lines = 0;
  guint n_folds = 0;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  while (*line != '\0')
    {
      const char *eol = strstr (line, "\r\n");

      g_assert_nonnull (eol);
      g_assert_cmpint (eol - line, <=, 75);
      g_assert_true (g_utf8_validate (line, eol - line, NULL));
      g_assert_null (memchr (line, '\n', eol - line));
      if (line[0] == ' ')
        n_folds++;
      n_lines++;
      line = eol + 2;
    }
  g_assert_cmpuint (n_lines, >, 20);
  g_assert_cmpuint (n_folds, >, 3);
}

static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GDateTime) when = stamp ("2027-01-02T03:04:05Z");
  g_autofree char *text = tandem_ical_export (f->ws, when);
  icalcomponent *calendar;
  icalcomponent *event;
  g_autofree char *big_uid = uid_of (f->big);
  g_autofree char *small_uid = uid_of (f->small);
  g_autofree char *early_uid = uid_of (f->early);
  g_autofree char *late_uid = uid_of (f->late);
  g_autoptr(GPtrArray) categories = NULL;
  const char *description;
  guint n_events = 0;

  assert_lines_folded (text);
  /* The long title folds, and no fold splits “ë” or “日”. */
  g_assert_null (strstr (text, "SUMMARY:" LONG_TITLE));

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)), ==, "2.0");
  g_assert_true (g_str_has_prefix (icalproperty_get_prodid (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY)), "-//Tandem//"));
  g_assert_cmpint (icalproperty_get_method (icalcomponent_get_first_property (calendar, ICAL_METHOD_PROPERTY)), ==, ICAL_METHOD_PUBLISH);
  g_assert_cmpstr (icalproperty_get_x (icalcomponent_get_first_property (calendar, ICAL_X_PROPERTY)), ==,
                   "Orbit, 3.0; planning");
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL; event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      n_events++;
      assert_stamp (event);
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_CREATED_PROPERTY));
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_LASTMODIFIED_PROPERTY));
      g_assert_cmpint (icalproperty_get_transp (icalcomponent_get_first_property (event, ICAL_TRANSP_PROPERTY)), ==,
                       ICAL_TRANSP_TRANSPARENT);
    }
  g_assert_cmpuint (n_events, ==, 5);

  /* The Tier 1 launch: all day on 28 February 2028, ending (exclusively) on the 29th. */
  event = find_event (calendar, big_uid);
  g_assert_nonnull (event);
  assert_date (icalcomponent_get_dtstart (event), 2028, 2, 28);
  assert_date (icalcomponent_get_dtend (event), 2028, 2, 29);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, LONG_TITLE " (Tier 1 launch)");
  description = icalcomponent_get_description (event);
  g_assert_cmpstr (description, ==,
                   "Tier 1 launch · Confirmed\n"
                   "Channels: Blog, Analyst briefing, partner-webinar\n"
                   "Linked cards: Offline sync ✓\n"
                   "PMM: Zoë Ångström\n"
                   "Checklist: 1 of 2 tasks done\n"
                   "\n"
                   "Line one; with, punctuation\nLine two: 100% ready");
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CONFIRMED);
  categories = categories_of (event);
  g_assert_cmpstrv ((char **) categories->pdata, ((const char *[]) { "Launch", "Tier 1", NULL }));
  g_clear_pointer (&categories, g_ptr_array_unref);

  /* The Tier 3 launch on New Year's Eve ends on New Year's Day. */
  event = find_event (calendar, small_uid);
  g_assert_nonnull (event);
  assert_date (icalcomponent_get_dtstart (event), 2027, 12, 31);
  assert_date (icalcomponent_get_dtend (event), 2028, 1, 1);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "New year (Tier 3 launch)");
  g_assert_cmpstr (icalcomponent_get_description (event), ==, "Tier 3 launch · Planned\nChecklist: 0 of 1 task done");
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_TENTATIVE);

  /* Tasks on their due days, related to their launch. */
  event = find_event (calendar, early_uid);
  g_assert_nonnull (event);
  assert_date (icalcomponent_get_dtstart (event), 2028, 2, 25);
  assert_date (icalcomponent_get_dtend (event), 2028, 2, 26);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "T-3: Go/no-go — " LONG_TITLE);
  g_assert_cmpstr (icalcomponent_get_description (event), ==,
                   "Task of the Tier 1 launch “" LONG_TITLE "” on 2028-02-28\nTeam: product\nDone: no");
  g_assert_cmpstr (icalproperty_get_relatedto (icalcomponent_get_first_property (event, ICAL_RELATEDTO_PROPERTY)), ==,
                   big_uid);
  categories = categories_of (event);
  g_assert_cmpstrv ((char **) categories->pdata, ((const char *[]) { "Launch task", NULL }));

  event = find_event (calendar, late_uid);
  g_assert_nonnull (event);
  assert_date (icalcomponent_get_dtstart (event), 2028, 3, 1);
  assert_date (icalcomponent_get_dtend (event), 2028, 3, 2);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "T+2: Review, first — " LONG_TITLE);
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "Team: marketing\nDone: yes"));

  icalcomponent_free (calendar);
}

static GPtrArray *
uids_of (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (calendar);
  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       c != NULL; c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (out, g_strdup (icalcomponent_get_uid (c)));
  icalcomponent_free (calendar);
  return out;
}

static char *
without_stamps (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "DTSTAMP:"))
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_stable_uids (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) first_stamp = stamp ("2027-01-02T03:04:05Z");
  g_autoptr(GDateTime) second_stamp = stamp ("2027-06-30T23:59:59Z");
  g_autofree char *first = tandem_ical_export (f->ws, first_stamp);
  g_autofree char *second = tandem_ical_export (f->ws, second_stamp);
  g_autoptr(GPtrArray) first_uids = uids_of (first);
  g_autoptr(GPtrArray) second_uids = uids_of (second);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *first_rest = without_stamps (first);
  g_autofree char *second_rest = without_stamps (second);

  g_assert_cmpstr (first, !=, second);
  g_assert_cmpstr (first_rest, ==, second_rest);
  g_assert_cmpuint (first_uids->len, ==, 5);
  g_assert_cmpuint (second_uids->len, ==, first_uids->len);
  for (guint i = 0; i < first_uids->len; i++)
    {
      g_assert_cmpstr (first_uids->pdata[i], ==, second_uids->pdata[i]);
      g_assert_true (g_hash_table_add (seen, first_uids->pdata[i]));
      {
        const char *uid = first_uids->pdata[i];
        g_autofree char *id = g_strndup (uid, strchr (uid, '@') - uid);

        g_assert_nonnull (tandem_workspace_lookup (f->ws, id));
      }
    }

  /* Moving a launch keeps its UID and moves its tasks' dates. */
  tandem_workspace_set (f->ws, f->big, "date", "2028-03-07", NULL);
  {
    g_autofree char *third = tandem_ical_export (f->ws, first_stamp);
    g_autoptr(GPtrArray) third_uids = uids_of (third);
    icalcomponent *calendar = icalparser_parse_string (third);
    g_autofree char *early_uid = uid_of (f->early);

    for (guint i = 0; i < first_uids->len; i++)
      g_assert_cmpstr (first_uids->pdata[i], ==, third_uids->pdata[i]);
    assert_date (icalcomponent_get_dtstart (find_event (calendar, early_uid)), 2028, 3, 4);
    icalcomponent_free (calendar);
  }
}

static void
test_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                            "orbit.tandem", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = tandem_file_load (file, NULL, &error);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) uids = NULL;
  GListModel *launches;
  guint expected;

  g_assert_no_error (error);
  launches = G_LIST_MODEL (tandem_workspace_get_launches (ws));
  expected = g_list_model_get_n_items (launches);
  for (guint i = 0; i < g_list_model_get_n_items (launches); i++)
    {
      g_autoptr(TandemObject) launch = g_list_model_get_item (launches, i);

      expected += g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (launch)));
    }

  text = tandem_ical_export (ws, NULL);
  assert_lines_folded (text);
  uids = uids_of (text);
  g_assert_cmpuint (uids->len, ==, expected);
  g_assert_cmpuint (uids->len, >, 10);
}

/* Tier templates and planning days are written, validate and read back. */
static void
test_tiers_round_trip (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(TandemWorkspace) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  TandemLaunch *launch;
  TandemTier *tier;
  GDate today, date;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 3, 2027);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 6, 2027);
  launch = tandem_workspace_create (ws, TANDEM_TYPE_LAUNCH, NULL, "title", "L", "date", "2027-05-01", NULL);
  tandem_launch_ops_move (ws, launch, &date, &today);
  tier = tandem_launch_ops_ensure_tier (ws, 2);
  tandem_workspace_set (ws, tier, "min-lead", 50, "description", "Our tier 2", NULL);
  tandem_launch_ops_ensure_tier (ws, 1);

  bytes = tandem_xml_write (ws);
  xml = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  tandem_test_assert_schema_valid (xml);
  g_assert_nonnull (strstr (xml, "<tiers>"));
  g_assert_nonnull (strstr (xml, "scheduled=\"2027-03-01\""));

  again = tandem_xml_read (xml, strlen (xml), "tiers.tandem", &error);
  g_assert_no_error (error);
  tier = tandem_launch_ops_find_tier (again, 2);
  g_assert_nonnull (tier);
  g_assert_cmpint (tandem_launch_ops_get_min_lead (again, 2), ==, 50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (tier)))), ==, 8);
  bytes_again = tandem_xml_write (again);
  g_assert_true (g_bytes_equal (bytes, bytes_again));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/formats/ical/fields", Fixture, NULL, fixture_init, test_fields, fixture_clear);
  g_test_add ("/formats/ical/stable-uids", Fixture, NULL, fixture_init, test_stable_uids, fixture_clear);
  g_test_add_func ("/formats/ical/sample", test_sample);
  g_test_add_func ("/formats/tiers/round-trip", test_tiers_round_trip);

  return g_test_run ();
}

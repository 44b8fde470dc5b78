/* tandem-ical.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "tandem-ical.h"

/* Launch dates as iCalendar (RFC 5545), written with libical: it escapes text
 * and folds lines at 75 octets without splitting a UTF-8 character.
 *
 * A launch is an all-day VEVENT (DTSTART;VALUE=DATE and the exclusive
 * DTEND of the next day); each task is an all-day VEVENT on its due day,
 * RELATED-TO its launch.  Tasks are events rather than VTODOs because Google
 * Calendar and Outlook drop VTODOs on import, and a checklist nobody sees is
 * no use.  UIDs are the object ids at a fixed domain, so importing a newer
 * export updates the same events instead of duplicating them. */

static struct icaltimetype
date_value (const GDate *date)
{
  struct icaltimetype t = icaltime_null_date ();

  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  t.is_date = 1;
  return t;
}

static struct icaltimetype
utc_value (GDateTime *moment)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (moment);
  struct icaltimetype t = icaltime_null_time ();

  t.year = g_date_time_get_year (utc);
  t.month = g_date_time_get_month (utc);
  t.day = g_date_time_get_day_of_month (utc);
  t.hour = g_date_time_get_hour (utc);
  t.minute = g_date_time_get_minute (utc);
  t.second = g_date_time_get_second (utc);
  t.zone = icaltimezone_get_utc_timezone ();
  return t;
}

static GDateTime *
parse_stamp (const char *text)
{
  g_autoptr(GTimeZone) utc = NULL;

  if (text == NULL)
    return NULL;
  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (text, utc);
}

static char *
uid_for (TandemObject *object)
{
  return g_strconcat (tandem_object_get_id (object), "@" TANDEM_ICAL_UID_DOMAIN, NULL);
}

static void
add_all_day (icalcomponent *event,
             const GDate   *date)
{
  GDate end = *date;

  g_date_add_days (&end, 1);
  icalcomponent_add_property (event, icalproperty_new_dtstart (date_value (date)));
  icalcomponent_add_property (event, icalproperty_new_dtend (date_value (&end)));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
}

static void
add_stamps (icalcomponent *event,
            TandemObject  *object,
            GDateTime     *stamp)
{
  g_autoptr(GDateTime) created = parse_stamp (tandem_object_get_created (object));
  g_autoptr(GDateTime) modified = parse_stamp (tandem_object_get_modified (object));
  g_autofree char *uid = uid_for (object);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_value (stamp)));
  if (created != NULL)
    icalcomponent_add_property (event, icalproperty_new_created (utc_value (created)));
  if (modified != NULL)
    icalcomponent_add_property (event, icalproperty_new_lastmodified (utc_value (modified)));
}

static const char *
status_label (int status)
{
  switch (status)
    {
    case TANDEM_LAUNCH_STATUS_CONFIRMED:
      return _("Confirmed");
    case TANDEM_LAUNCH_STATUS_LAUNCHED:
      return _("Launched");
    case TANDEM_LAUNCH_STATUS_SLIPPED:
      return _("Slipped");
    case TANDEM_LAUNCH_STATUS_PLANNED:
    default:
      return _("Planned");
    }
}

static void
append_joined (GString            *out,
               const char         *label,
               TandemWorkspace    *workspace,
               const char * const *items,
               gboolean            are_cards)
{
  if (items[0] == NULL)
    return;
  g_string_append_printf (out, "\n%s ", label);
  for (guint i = 0; items[i] != NULL; i++)
    {
      const char *text = items[i];

      if (are_cards)
        {
          TandemObject *card = tandem_workspace_lookup (workspace, items[i]);

          text = card != NULL ? tandem_object_get_string (card, "title") : items[i];
        }
      else
        text = tandem_launch_ops_channel_label (items[i]);
      g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", text);
    }
}

static icalcomponent *
launch_event (TandemWorkspace *workspace,
              TandemLaunch    *launch,
              const GDate     *date,
              GDateTime       *stamp)
{
  TandemObject *object = TANDEM_OBJECT (launch);
  int tier = tandem_object_get_int (object, "tier");
  int status = tandem_object_get_int (object, "status");
  TandemObject *pmm = tandem_workspace_lookup (workspace, tandem_object_get_string (object, "pmm"));
  const char *notes = tandem_object_get_string (object, "notes");
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *summary = NULL;
  g_autofree char *tier_text = g_strdup_printf (_("Tier %d"), tier);
  guint done, total;

  add_stamps (event, object, stamp);
  add_all_day (event, date);

  /* Translators: an exported launch's title: "Orbit 3.0 (Tier 1 launch)". */
  summary = g_strdup_printf (_("%s (Tier %d launch)"), tandem_object_get_string (object, "title"), tier);
  icalcomponent_add_property (event, icalproperty_new_summary (summary));

  /* Translators: "Tier 1 launch · Confirmed". */
  g_string_append_printf (description, _("Tier %d launch · %s"), tier, status_label (status));
  append_joined (description, _("Channels:"), workspace, tandem_object_get_list (object, "channels"), FALSE);
  append_joined (description, _("Linked cards:"), workspace, tandem_object_get_list (object, "cards"), TRUE);
  if (pmm != NULL)
    g_string_append_printf (description, "\n%s %s", _("PMM:"), tandem_object_get_string (pmm, "name"));
  tandem_launch_ops_get_readiness (launch, &done, &total);
  if (total > 0)
    g_string_append_printf (description, "\n%s",
                            /* Translators: "Checklist: 3 of 8 tasks done". */
                            _("Checklist:"));
  if (total > 0)
    g_string_append_printf (description, g_dngettext (GETTEXT_PACKAGE, " %u of %u task done",
                                                      " %u of %u tasks done", total),
                            done, total);
  if (notes != NULL)
    g_string_append_printf (description, "\n\n%s", notes);
  icalcomponent_add_property (event, icalproperty_new_description (description->str));

  icalcomponent_add_property (event, icalproperty_new_categories (_("Launch")));
  icalcomponent_add_property (event, icalproperty_new_categories (tier_text));
  icalcomponent_add_property (event, icalproperty_new_status (status == TANDEM_LAUNCH_STATUS_CONFIRMED ||
                                                              status == TANDEM_LAUNCH_STATUS_LAUNCHED
                                                              ? ICAL_STATUS_CONFIRMED
                                                              : ICAL_STATUS_TENTATIVE));
  return event;
}

static icalcomponent *
task_event (TandemLaunch *launch,
            TandemObject *task,
            GDateTime    *stamp)
{
  TandemObject *launch_object = TANDEM_OBJECT (launch);
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autofree char *when = tandem_launch_ops_format_offset (tandem_object_get_int (task, "offset"));
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  g_autofree char *launch_uid = uid_for (launch_object);
  g_autoptr(GEnumClass) teams = g_type_class_ref (TANDEM_TYPE_TEAM);
  GEnumValue *team = g_enum_get_value (teams, tandem_object_get_int (task, "team"));
  gboolean done = tandem_object_get_int (task, "done");
  GDate due;

  tandem_launch_ops_get_due (TANDEM_TASK (task), &due);
  add_stamps (event, task, stamp);
  add_all_day (event, &due);

  /* Translators: an exported task: "T-14: Press release — Orbit 3.0". */
  summary = g_strdup_printf (_("%s: %s — %s"), when, tandem_object_get_string (task, "title"),
                             tandem_object_get_string (launch_object, "title"));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  /* Translators: an exported task's description. */
  description = g_strdup_printf (_("Task of the Tier %d launch “%s” on %s\nTeam: %s\nDone: %s"),
                                 tandem_object_get_int (launch_object, "tier"),
                                 tandem_object_get_string (launch_object, "title"),
                                 tandem_object_get_string (launch_object, "date"),
                                 team != NULL ? team->value_nick : "other",
                                 done ? _("yes") : _("no"));
  icalcomponent_add_property (event, icalproperty_new_description (description));
  icalcomponent_add_property (event, icalproperty_new_relatedto (launch_uid));
  icalcomponent_add_property (event, icalproperty_new_categories (_("Launch task")));
  return event;
}

/* Appends "NAME:value" as a TEXT property (RFC 5545 3.3.11), folded at 75
 * octets between UTF-8 characters.  Only for X-WR-CALNAME: libical writes an
 * X- property's value with "," and ";" unescaped, and readers that take an
 * unknown property as a list (vobject) then cut the calendar's name at its
 * first comma. */
static void
append_text_property (GString    *out,
                      const char *name,
                      const char *value)
{
  g_autoptr(GString) line = g_string_new (name);
  gsize width;

  g_string_append_c (line, ':');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_c (line, '\\');
      if (*p == '\n')
        g_string_append (line, "\\n");
      else if (*p != '\r')
        g_string_append_c (line, *p);
    }

  width = 0;
  for (const char *p = line->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize size = g_utf8_next_char (p) - p;

      if (width + size > 75)
        {
          g_string_append (out, "\r\n ");
          width = 1;
        }
      g_string_append_len (out, p, size);
      width += size;
    }
  g_string_append (out, "\r\n");
}

/**
 * tandem_ical_export:
 * @stamp: (nullable): the DTSTAMP of every event, or %NULL for now
 *
 * Returns: (transfer full): the launches and their tasks as an iCalendar
 *   stream with CRLF line ends.
 */
char *
tandem_ical_export (TandemWorkspace *workspace,
                    GDateTime       *stamp)
{
  GListModel *launches;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GString) out = NULL;
  icalcomponent *calendar;
  char *head;
  const char *end;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  if (stamp == NULL)
    stamp = now = g_date_time_new_now_utc ();

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Tandem//Tandem " PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));

  /* libical builds a component's text by appending to one buffer, which
   * is quadratic for a calendar of thousands of events: serialise the
   * calendar's head, then each event on its own. */
  head = icalcomponent_as_ical_string_r (calendar);
  end = g_strrstr (head, "END:VCALENDAR");
  g_assert (end != NULL);
  out = g_string_new_len (head, end - head);
  /* The name Google Calendar, Outlook and GNOME Calendar give the calendar. */
  append_text_property (out, "X-WR-CALNAME", tandem_object_get_string (TANDEM_OBJECT (workspace), "title"));

  launches = G_LIST_MODEL (tandem_workspace_get_launches (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (launches); i++)
    {
      g_autoptr(TandemLaunch) launch = g_list_model_get_item (launches, i);
      GListModel *tasks = G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (launch)));
      icalcomponent *event;
      char *text;
      GDate date;

      if (!tandem_launch_ops_get_date (launch, &date))
        continue;
      event = launch_event (workspace, launch, &date, stamp);
      text = icalcomponent_as_ical_string_r (event);
      g_string_append (out, text);
      free (text);
      icalcomponent_free (event);

      for (guint k = 0; k < g_list_model_get_n_items (tasks); k++)
        {
          g_autoptr(TandemObject) task = g_list_model_get_item (tasks, k);

          event = task_event (launch, task, stamp);
          text = icalcomponent_as_ical_string_r (event);
          g_string_append (out, text);
          free (text);
          icalcomponent_free (event);
        }
    }

  g_string_append (out, end);
  free (head);
  icalcomponent_free (calendar);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * tandem_ical_export_to_file:
 *
 * Writes tandem_ical_export() to @file, replacing it whole.
 */
gboolean
tandem_ical_export_to_file (TandemWorkspace  *workspace,
                            GFile            *file,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = tandem_ical_export (workspace, NULL);
  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
}

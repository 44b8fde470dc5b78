/* tandem-authorship.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-authorship"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-authorship.h"
#include "tandem-core-enums.h"
#include "tandem-person.h"

static char *
describe_age (GDateTime *then,
              GDateTime *now)
{
  GTimeSpan age = g_date_time_difference (now, then);
  int n;

  if (age < G_TIME_SPAN_MINUTE)
    return g_strdup (_("just now"));
  if (age < G_TIME_SPAN_HOUR)
    {
      n = age / G_TIME_SPAN_MINUTE;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago", "%d minutes ago", n), n);
    }
  if (age < G_TIME_SPAN_DAY)
    {
      n = age / G_TIME_SPAN_HOUR;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour ago", "%d hours ago", n), n);
    }
  if (age < 30 * G_TIME_SPAN_DAY)
    {
      n = age / G_TIME_SPAN_DAY;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", n), n);
    }
  {
    g_autoptr(GDateTime) local = g_date_time_to_local (then);

    /* Translators: "on 2026-11-20", for an edit a month ago or more. */
    return g_date_time_format (local, _("on %Y-%m-%d"));
  }
}

/**
 * tandem_team_to_label:
 *
 * Returns: the team's name as people read it: "Product", "Marketing", "Other".
 */
const char *
tandem_team_to_label (TandemTeam team)
{
  switch (team)
    {
    case TANDEM_TEAM_PRODUCT:
      return _("Product");
    case TANDEM_TEAM_MARKETING:
      return _("Marketing");
    case TANDEM_TEAM_OTHER:
    default:
      return _("Other");
    }
}

/**
 * tandem_describe_last_edit:
 * @now: the time to count from
 *
 * Returns: (transfer full) (nullable): "Last edited by Maria Lopez
 *   (Marketing), 2 hours ago", or %NULL when the object carries no stamps.
 */
char *
tandem_describe_last_edit (TandemWorkspace *workspace,
                           TandemObject    *object,
                           GDateTime       *now)
{
  g_autoptr(GDateTime) then = NULL;
  g_autofree char *age = NULL;
  TandemObject *person;
  const char *team;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (TANDEM_IS_OBJECT (object), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (tandem_object_get_modified (object) == NULL)
    return NULL;
  then = g_date_time_new_from_iso8601 (tandem_object_get_modified (object), NULL);
  if (then == NULL)
    return NULL;
  age = describe_age (then, now);

  person = tandem_workspace_lookup (workspace, tandem_object_get_modified_by (object));
  if (person == NULL || !TANDEM_IS_PERSON (person))
    /* Translators: "Last edited 2 hours ago", by someone unknown. */
    return g_strdup_printf (_("Last edited %s"), age);

  team = tandem_team_to_label (tandem_object_get_int (person, "team"));
  /* Translators: "Last edited by Maria Lopez (Marketing), 2 hours ago". */
  return g_strdup_printf (_("Last edited by %s (%s), %s"),
                          tandem_object_get_string (person, "name"), team, age);
}

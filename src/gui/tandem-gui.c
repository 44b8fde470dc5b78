/* tandem-gui.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-gui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-gui.h"

/**
 * tandem_gui_get_default_user_name:
 *
 * Returns: the name that stands for the user while the user-name setting is
 *   empty: the account's real name, or its login name when it has none.
 */
const char *
tandem_gui_get_default_user_name (void)
{
  const char *real_name = g_get_real_name ();

  /* GLib answers "Unknown" when the account has no real name. */
  if (real_name == NULL || real_name[0] == '\0' || g_strcmp0 (real_name, "Unknown") == 0)
    return g_get_user_name ();
  return real_name;
}

/**
 * tandem_gui_dup_user_name:
 *
 * Returns: (transfer full): the name edits are stamped with.
 */
char *
tandem_gui_dup_user_name (GSettings *settings)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  name = g_settings_get_string (settings, "user-name");
  g_strstrip (name);
  if (name[0] == '\0')
    return g_strdup (tandem_gui_get_default_user_name ());
  return g_steal_pointer (&name);
}

TandemTeam
tandem_gui_get_user_team (GSettings *settings)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autofree char *nick = NULL;
  GEnumValue *value;

  g_return_val_if_fail (G_IS_SETTINGS (settings), TANDEM_TEAM_OTHER);

  klass = g_type_class_ref (TANDEM_TYPE_TEAM);
  nick = g_settings_get_string (settings, "user-team");
  value = g_enum_get_value_by_nick (klass, nick);
  return value != NULL ? (TandemTeam) value->value : TANDEM_TEAM_OTHER;
}

/**
 * tandem_gui_new_workspace_filter:
 *
 * Returns: (transfer full): a file chooser filter for workspace files.
 */
GtkFileFilter *
tandem_gui_new_workspace_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Tandem Workspaces"));
  gtk_file_filter_add_mime_type (filter, TANDEM_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "tandem");
  return filter;
}

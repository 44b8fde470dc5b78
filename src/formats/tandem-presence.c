/* tandem-presence.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-presence"

#include "config.h"

#include <errno.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "tandem-presence.h"

/* A lock here is a notice, not a prison: it never stops anyone opening or
 * saving.  Each window writes its own file, ".NAME.HOST-PID.lock" beside the
 * workspace, refreshes it now and then and removes it on close; a file whose
 * process is gone (on this host) or that was not refreshed for hours is
 * stale, ignored and cleaned up.  Everything goes through GIO, so this works
 * on shared drives and remote locations too. */

void
tandem_presence_free (TandemPresence *presence)
{
  if (presence == NULL)
    return;
  g_free (presence->name);
  g_free (presence->host);
  g_clear_pointer (&presence->since, g_date_time_unref);
  g_clear_pointer (&presence->refreshed, g_date_time_unref);
  g_free (presence);
}

static char *
lock_prefix (GFile *workspace_file)
{
  g_autofree char *basename = g_file_get_basename (workspace_file);

  return g_strconcat (".", basename, ".", NULL);
}

/**
 * tandem_presence_file:
 *
 * Returns: (transfer full): this process's lock file for @workspace_file.
 */
GFile *
tandem_presence_file (GFile *workspace_file)
{
  g_autoptr(GFile) parent = g_file_get_parent (workspace_file);
  g_autofree char *prefix = lock_prefix (workspace_file);
  g_autofree char *name = g_strdup_printf ("%s%s-%d.lock", prefix, g_get_host_name (), (int) getpid ());

  return g_file_get_child (parent, name);
}

static const char *
team_nick (TandemTeam team)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (TANDEM_TYPE_TEAM);
  GEnumValue *value = g_enum_get_value (enum_class, team);

  return value != NULL ? value->value_nick : "other";
}

/**
 * tandem_presence_write:
 * @since: when the workspace was opened
 *
 * Writes (or refreshes) this process's lock file.
 */
gboolean
tandem_presence_write (GFile         *workspace_file,
                       const char    *name,
                       TandemTeam     team,
                       GDateTime     *since,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GFile) lock = tandem_presence_file (workspace_file);
  g_autofree char *since_text = g_date_time_format_iso8601 (since);
  g_autofree char *now_text = g_date_time_format_iso8601 (now);
  g_autofree char *text = NULL;

  g_return_val_if_fail (G_IS_FILE (workspace_file), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "team");
  json_builder_add_string_value (builder, team_nick (team));
  json_builder_set_member_name (builder, "host");
  json_builder_add_string_value (builder, g_get_host_name ());
  json_builder_set_member_name (builder, "pid");
  json_builder_add_int_value (builder, getpid ());
  json_builder_set_member_name (builder, "since");
  json_builder_add_string_value (builder, since_text);
  json_builder_set_member_name (builder, "refreshed");
  json_builder_add_string_value (builder, now_text);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  return g_file_replace_contents (lock, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                  cancellable, error);
}

/**
 * tandem_presence_remove:
 *
 * Removes this process's lock file, if there is one.
 */
void
tandem_presence_remove (GFile *workspace_file)
{
  g_autoptr(GFile) lock = tandem_presence_file (workspace_file);

  g_file_delete (lock, NULL, NULL);
}

static TandemPresence *
parse_lock (const char *text,
            gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(TandemPresence) presence = NULL;
  g_autoptr(GEnumClass) teams = NULL;
  JsonObject *object;
  GEnumValue *team;

  if (!json_parser_load_from_data (parser, text, length, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  object = json_node_get_object (json_parser_get_root (parser));

  presence = g_new0 (TandemPresence, 1);
  presence->name = g_strdup (json_object_get_string_member_with_default (object, "name", NULL));
  presence->host = g_strdup (json_object_get_string_member_with_default (object, "host", NULL));
  presence->pid = json_object_get_int_member_with_default (object, "pid", 0);
  presence->since = g_date_time_new_from_iso8601 (
    json_object_get_string_member_with_default (object, "since", ""), NULL);
  presence->refreshed = g_date_time_new_from_iso8601 (
    json_object_get_string_member_with_default (object, "refreshed", ""), NULL);
  teams = g_type_class_ref (TANDEM_TYPE_TEAM);
  team = g_enum_get_value_by_nick (teams, json_object_get_string_member_with_default (object, "team", "other"));
  presence->team = team != NULL ? team->value : TANDEM_TEAM_OTHER;

  if (presence->name == NULL || presence->host == NULL || presence->since == NULL ||
      presence->refreshed == NULL)
    return NULL;
  return g_steal_pointer (&presence);
}

/**
 * tandem_presence_is_stale:
 *
 * Returns: whether the lock's process is gone (when it ran on this host) or
 *   it was not refreshed for %TANDEM_PRESENCE_STALE_AFTER.
 */
gboolean
tandem_presence_is_stale (const TandemPresence *presence,
                          GDateTime            *now)
{
  g_return_val_if_fail (presence != NULL, TRUE);

  if (g_date_time_difference (now, presence->refreshed) > TANDEM_PRESENCE_STALE_AFTER)
    return TRUE;
  if (g_strcmp0 (presence->host, g_get_host_name ()) == 0)
    return presence->pid <= 0 || (kill ((pid_t) presence->pid, 0) != 0 && errno == ESRCH);
  return FALSE;
}

static int
compare_since (gconstpointer a,
               gconstpointer b)
{
  const TandemPresence *pa = *(TandemPresence **) a;
  const TandemPresence *pb = *(TandemPresence **) b;

  return g_date_time_compare (pa->since, pb->since);
}

/**
 * tandem_presence_list:
 *
 * Lists who else has @workspace_file open, oldest first.  Stale and broken
 * lock files are removed on the way; this process's own is left out.
 *
 * Returns: (transfer full) (element-type TandemPresence): the others.
 */
GPtrArray *
tandem_presence_list (GFile         *workspace_file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (workspace_file);
  g_autoptr(GFile) mine = tandem_presence_file (workspace_file);
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_presence_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *prefix = lock_prefix (workspace_file);
  g_autofree char *mine_name = g_file_get_basename (mine);
  GFileInfo *info;

  children = g_file_enumerate_children (parent, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NONE,
                                        cancellable, error);
  if (children == NULL)
    return NULL;

  while ((info = g_file_enumerator_next_file (children, cancellable, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      const char *name = g_file_info_get_name (info);
      g_autoptr(GFile) lock = NULL;
      g_autofree char *text = NULL;
      gsize length;
      TandemPresence *presence;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".lock") ||
          strcmp (name, mine_name) == 0)
        continue;
      lock = g_file_get_child (parent, name);
      if (!g_file_load_contents (lock, cancellable, &text, &length, NULL, NULL))
        continue;
      presence = parse_lock (text, length);
      if (presence == NULL || tandem_presence_is_stale (presence, now))
        {
          tandem_presence_free (presence);
          g_file_delete (lock, cancellable, NULL);
          continue;
        }
      g_ptr_array_add (found, presence);
    }

  g_ptr_array_sort (found, compare_since);
  return g_steal_pointer (&found);
}

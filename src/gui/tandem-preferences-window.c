/* tandem-preferences-window.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-preferences-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-gui.h"
#include "tandem-preferences-window.h"

/* Who the user is: every window stamps its edits with this name and team. */

struct _TandemPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template children */
  AdwPreferencesGroup  *author_group;
  AdwEntryRow          *name_row;
  AdwComboRow          *team_row;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (TandemPreferencesWindow, tandem_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* The rows of the team combo row, in order. */
static const char * const teams[] = { "product", "marketing", "other" };

static gboolean
team_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *team = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (teams); i++)
    {
      if (g_strcmp0 (team, teams[i]) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }
  return FALSE;
}

static GVariant *
team_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (teams))
    return NULL;
  return g_variant_new_string (teams[position]);
}

static void
tandem_preferences_window_dispose (GObject *object)
{
  TandemPreferencesWindow *self = TANDEM_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (tandem_preferences_window_parent_class)->dispose (object);
}

static void
tandem_preferences_window_class_init (TandemPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, author_group);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, TandemPreferencesWindow, team_row);
}

static void
tandem_preferences_window_init (TandemPreferencesWindow *self)
{
  g_autofree char *description = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: %s is the name from the user's account. */
  description = g_strdup_printf (_("Tandem records your name and team with every change you "
                                   "make. Leave the name empty to use “%s”."),
                                 tandem_gui_get_default_user_name ());
  adw_preferences_group_set_description (self->author_group, description);

  self->settings = g_settings_new (TANDEM_SETTINGS_SCHEMA_ID);
  g_settings_bind (self->settings, "user-name", self->name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "user-team", self->team_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, team_get_mapping, team_set_mapping,
                                NULL, NULL);
}

TandemPreferencesWindow *
tandem_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (TANDEM_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}

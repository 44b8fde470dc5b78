/* tandem-window-snapshots.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-window"

#include "config.h"

#include "tandem-window-private.h"

/* The Roadmap page shows either the live board or, read-only, a snapshot or
 * a comparison (win.view-snapshot, win.compare-snapshots); Back to the Board
 * returns to the live board as it was left. */

static TandemSnapshot *
find_snapshot (TandemWindow *self,
               const char   *id)
{
  TandemObject *object;

  if (self->workspace == NULL || id == NULL || id[0] == '\0')
    return NULL;
  object = tandem_workspace_lookup (self->workspace, id);
  return object != NULL && TANDEM_IS_SNAPSHOT (object) ? TANDEM_SNAPSHOT (object) : NULL;
}

static void
show_snapshot_page (TandemWindow *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "roadmap");
  gtk_stack_set_visible_child (self->roadmap_stack, GTK_WIDGET (self->snapshot_view));
  /* Into the view, so that Escape goes back to the board. */
  gtk_widget_child_focus (GTK_WIDGET (self->snapshot_view), GTK_DIR_TAB_FORWARD);
}

static void
view_snapshot_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  TandemSnapshot *snapshot = find_snapshot (self, g_variant_get_string (parameter, NULL));

  if (snapshot == NULL)
    return;
  tandem_snapshot_view_show_snapshot (self->snapshot_view, self->workspace, snapshot);
  show_snapshot_page (self);
}

/* (snapshot, other): other is another snapshot's id, or "" for today's board. */
static void
compare_snapshots_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  const char *id, *other;
  TandemSnapshot *snapshot;

  g_variant_get (parameter, "(&s&s)", &id, &other);
  if ((snapshot = find_snapshot (self, id)) == NULL)
    return;
  /* A second snapshot that is gone is not today's board. */
  if (other[0] != '\0' && find_snapshot (self, other) == NULL)
    return;
  tandem_snapshot_view_show_comparison (self->snapshot_view, self->workspace, snapshot,
                                        find_snapshot (self, other));
  show_snapshot_page (self);
}

/* Shows the live board again and lets go of the snapshot's copy. */
void
_tandem_window_close_snapshot (TandemWindow *self)
{
  g_assert (TANDEM_IS_WINDOW (self));

  gtk_stack_set_visible_child (self->roadmap_stack, GTK_WIDGET (self->board));
  tandem_snapshot_view_clear (self->snapshot_view);
}

static void
snapshot_view_closed_cb (TandemWindow *self)
{
  _tandem_window_close_snapshot (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->board));
}

void
_tandem_window_install_snapshot_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, roadmap_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, snapshot_view);
  gtk_widget_class_bind_template_callback (widget_class, snapshot_view_closed_cb);
  gtk_widget_class_install_action (widget_class, "win.view-snapshot", "s", view_snapshot_action);
  gtk_widget_class_install_action (widget_class, "win.compare-snapshots", "(ss)",
                                   compare_snapshots_action);
}

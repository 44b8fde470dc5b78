/* tandem-window-private.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-calendar.h"
#include "tandem-board.h"
#include "tandem-interviews.h"
#include "tandem-snapshot-view.h"
#include "tandem-window.h"

G_BEGIN_DECLS

struct _TandemWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  GtkStack             *main_stack;
  GtkStack             *roadmap_stack;
  TandemBoard          *board;
  TandemSnapshotView   *snapshot_view;
  TandemCalendar       *calendar;
  TandemInterviews     *interviews;
  AdwStatusPage        *loading_page;
  GtkSpinner           *loading_spinner;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GMenu                *recent_section;

  GSettings            *settings;
  GtkRecentManager     *recent_manager;
  TandemWorkspace      *workspace;
  /* Where the workspace's unsaved edits are kept against a crash. */
  TandemDraft          *draft;

  /* The load in progress: the file and what cancels it. */
  GFile                *loading_file;
  GCancellable         *loading_cancellable;

  /* The message dialog on top of this window, if any (a weak pointer). */
  AdwMessageDialog     *dialog;

  guint                 saving;
  guint                 close_confirmed : 1;

  /* Watching the file for other people's saves (tandem-window-sync.c). */
  AdwToastOverlay      *toast_overlay;
  GtkRevealer          *presence_revealer;
  GtkLabel             *presence_label;
  GFile                *watched_file;
  GFileMonitor         *monitor;
  GCancellable         *sync_cancellable;
  GDateTime            *opened;
  guint                 check_timeout;
  guint                 presence_timeout;
  guint                 syncing : 1;
  guint                 checking : 1;
};

/* tandem-window.c */
void              _tandem_window_set_workspace   (TandemWindow     *self,
                                                  TandemWorkspace  *workspace,
                                                  TandemDraft      *draft);
void              _tandem_window_update_actions  (TandemWindow     *self);
void              _tandem_window_notify_busy     (TandemWindow     *self);
void              _tandem_window_add_recent      (TandemWindow     *self,
                                                  GFile            *file);
void              _tandem_window_present_dialog  (TandemWindow     *self,
                                                  AdwMessageDialog *dialog);

/* tandem-window-snapshots.c: a snapshot or a comparison on the Roadmap page. */
void              _tandem_window_install_snapshot_actions (GtkWidgetClass *widget_class);
void              _tandem_window_close_snapshot  (TandemWindow     *self);

/* tandem-window-files.c: opening, saving and closing. */
void              _tandem_window_open            (TandemWindow     *self);
void              _tandem_window_load            (TandemWindow     *self,
                                                  GFile            *file,
                                                  TandemWindow     *origin);
void              _tandem_window_cancel_load     (TandemWindow     *self);
void              _tandem_window_save            (TandemWindow     *self,
                                                  gboolean          close_after);
void              _tandem_window_save_as         (TandemWindow     *self,
                                                  gboolean          close_after);
gboolean          _tandem_window_confirm_close   (TandemWindow     *self);

/* tandem-window-sync.c: other people's saves and presence. */
void              _tandem_window_watch           (TandemWindow     *self);
void              _tandem_window_stop_watching   (TandemWindow     *self);
void              _tandem_window_check_disk      (TandemWindow     *self);
void              _tandem_window_sync            (TandemWindow     *self,
                                                  gboolean          then_save,
                                                  gboolean          close_after);
void              _tandem_window_update_presence (TandemWindow     *self);

/* For tests. */
AdwMessageDialog *_tandem_window_get_dialog      (TandemWindow     *self);
const char       *_tandem_window_get_summary     (TandemWindow     *self,
                                                  const char       *page);

G_END_DECLS

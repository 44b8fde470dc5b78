/* gui-test-utils.h — what the GUI tests share
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GUI_TEST_TIMEOUT_SECONDS 20

gboolean   gui_test_init             (int              *argc,
                                      char           ***argv,
                                      const char       *name,
                                      char            **tmpdir);
void       gui_test_register         (GApplication     *application);
gboolean   gui_test_wake_up          (gpointer          data);
void       gui_test_iterate          (guint             ms);
void       gui_test_wait_for_frames  (GtkWidget        *widget,
                                      guint             n);
void       gui_test_save_screenshot  (GtkWidget        *widget,
                                      const char       *name);
GtkWidget *gui_test_find_button      (GtkWidget        *widget,
                                      const char       *label);
GtkWidget *gui_test_find_by_tooltip  (GtkWidget        *widget,
                                      const char       *tooltip,
                                      guint             nth);
GtkWidget *gui_test_find_child       (GtkWidget        *widget,
                                      GType             type,
                                      guint             nth);
GtkWidget *gui_test_find_toplevel    (GType             type);
void       gui_test_click_response   (AdwMessageDialog *dialog,
                                      const char       *response);
void       gui_test_run              (const char       *format,
                                      ...) G_GNUC_PRINTF (1, 2);
void       gui_test_window_point     (GtkWidget        *window,
                                      GtkWidget        *widget,
                                      double            fx,
                                      double            fy,
                                      int              *x,
                                      int              *y);

/* Runs the main loop until @condition holds; fails the test after
 * GUI_TEST_TIMEOUT_SECONDS. */
#define WAIT_FOR(condition)                                                               \
  G_STMT_START                                                                            \
  {                                                                                       \
    gint64 deadline_ = g_get_monotonic_time () + GUI_TEST_TIMEOUT_SECONDS * G_USEC_PER_SEC; \
    guint wake_ = g_timeout_add (10, gui_test_wake_up, NULL);                             \
    while (!(condition) && g_get_monotonic_time () < deadline_)                           \
      g_main_context_iteration (NULL, TRUE);                                              \
    g_source_remove (wake_);                                                              \
    if (!(condition))                                                                     \
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC,                   \
                           "timed out waiting for " #condition);                          \
  }                                                                                       \
  G_STMT_END

G_END_DECLS

/* tandem-file.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-format.h"

G_BEGIN_DECLS

TandemWorkspace *tandem_file_load        (GFile               *file,
                                          GCancellable        *cancellable,
                                          GError             **error);
TandemWorkspace *tandem_file_load_for_reading (GFile         *file,
                                               GCancellable  *cancellable,
                                               GError       **error);
void             tandem_file_load_async  (GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
TandemWorkspace *tandem_file_load_finish (GAsyncResult        *result,
                                          GError             **error);
gboolean         tandem_file_save        (TandemWorkspace     *workspace,
                                          GFile               *file,
                                          GCancellable        *cancellable,
                                          GError             **error);
void             tandem_file_save_async  (TandemWorkspace     *workspace,
                                          GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean         tandem_file_save_finish (TandemWorkspace     *workspace,
                                          GAsyncResult        *result,
                                          GError             **error);

guint            tandem_file_take_in     (TandemWorkspace     *mine,
                                          TandemWorkspace     *theirs);

G_END_DECLS

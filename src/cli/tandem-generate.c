/* tandem-generate.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-generate"

#include "config.h"

#include <string.h>

#include "tandem-generate.h"
#include "tandem-object-private.h"
#include "tandem-workspace-private.h"

/* Realistic workspaces of any size for tests and benchmarks.  Everything,
 * ids included, is drawn from one GRand seeded by the caller, so a seed
 * always gives the same workspace and therefore the same bytes.  Objects are
 * built detached and appended the way a reader appends them: a generated
 * workspace has no undo history, like a loaded one. */

typedef struct
{
  GRand           *rand;
  TandemWorkspace *workspace;
  GPtrArray       *product;     /* person ids by team */
  GPtrArray       *marketing;
  GPtrArray       *everyone;
  GPtrArray       *columns;     /* TandemColumn */
  GPtrArray       *lanes;       /* TandemLane */
  GPtrArray       *cards;       /* TandemCard */
  GDateTime       *epoch;
} Generator;

static const struct
{
  const char *name;
  TandemTeam  team;
} people[] = {
  { "María López", TANDEM_TEAM_PRODUCT },
  { "Daniel Okafor", TANDEM_TEAM_PRODUCT },
  { "Priya Raman", TANDEM_TEAM_PRODUCT },
  { "山田 花子", TANDEM_TEAM_PRODUCT },
  { "Nguyễn Văn An", TANDEM_TEAM_PRODUCT },
  { "Zoë Lindqvist", TANDEM_TEAM_MARKETING },
  { "Tomás Herrera", TANDEM_TEAM_MARKETING },
  { "Hannah Becker", TANDEM_TEAM_MARKETING },
  { "ليلى حداد", TANDEM_TEAM_MARKETING },
  { "דנה כהן", TANDEM_TEAM_MARKETING },
  { "Kenji Watanabe", TANDEM_TEAM_OTHER },
  { "Aisha Mensah", TANDEM_TEAM_OTHER },
  { "Søren Ødegård", TANDEM_TEAM_OTHER },
};

static const char * const lane_titles[] = {
  "Mobile", "Collaboration", "Integrations", "Platform", "Growth", "Enterprise",
};

static const char * const title_verbs[] = {
  "Faster", "Offline", "Shared", "Smarter", "Recurring", "Bulk", "Private", "Guided",
  "Two-way", "Self-serve", "Team", "Automatic",
};

static const char * const title_nouns[] = {
  "booking links", "calendar sync", "availability heatmap", "reminders", "webhooks",
  "payments", "room finder", "time-zone picker", "meeting notes", "SSO & SCIM",
  "analytics export", "waiting lists", "approval flows", "focus time", "public API",
  "widgets", "search", "onboarding checklist",
};

static const char * const title_suffixes[] = {
  "", "", "", " for teams", " on mobile", " v2", " (beta)", " — phase 2", " für Kliniken",
  " 🚀", " 日本語対応", " لفرق المبيعات", " בעברית",
};

/* Sentences in several scripts, for descriptions and notes.  Some carry
 * characters that must be escaped in XML. */
static const char * const sentences[] = {
  "Customers expect the booking page to load in under a second.",
  "The admin console should show who changed a rule, and when.",
  "Latency < 200 ms on the slot search is the bar the sales team quotes.",
  "R&D asked for a sandbox so that partners can test without real calendars.",
  "Les équipes veulent réserver une salle sans échanger dix courriels.",
  "Der Kalender muss auch offline zuverlässig funktionieren, sonst wird er gelöscht.",
  "Queremos ver la disponibilidad del equipo de un vistazo, también en el móvil.",
  "Ça marche très bien, mais l’export reste lent pour les grandes équipes.",
  "Smörgåsbord of settings: nobody finds the one for buffers between meetings.",
  "チームの空き時間を一目で確認したいです。",
  "离线模式对我们的销售团队非常重要。",
  "예약 페이지가 조금 더 빨라졌으면 좋겠습니다.",
  "会議室の予約と参加者の予定を同時に調整できると助かります。",
  "نحتاج إلى مزامنة التقويم مع أدوات الفريق دون خطوات إضافية.",
  "العملاء يريدون تذكيرًا قبل الموعد بيوم واحد.",
  "הלקוחות רוצים לקבוע פגישות בלי להתכתב שוב ושוב.",
  "אנחנו צריכים דוח חודשי על ביטולים.",
  "Love it 🎉 — but the export is still slow 🐢.",
  "Ship it 🚀 before the quarterly review ✅.",
  "The \"smart\" suggestions picked a slot at 3 a.m. for our Sydney office 🙃.",
  "Our reception desk books about forty appointments a day by phone.",
  "If the reminder arrived by text message, no-shows would drop noticeably.",
  "We tried three competitors last year and left each one after the trial.",
  "Procurement needs an audit log and a data-processing agreement before we sign.",
};

static const char * const tags[] = {
  "mobile", "api", "teams", "enterprise", "smb", "payments", "growth", "wellbeing",
  "developers", "security", "performance", "localisation", "onboarding",
};

static const char * const highlight_tags[] = {
  "pain", "need", "delight", "workaround", "pricing", "churn-risk",
};

static const char * const metric_titles[] = {
  "Weekly active bookers", "Bookings per host per week", "Trial-to-paid conversion",
  "Support tickets about sync", "Time to first booking", "Net revenue retention",
  "Share of bookings made on mobile", "Partner integrations live",
};

static const char * const metric_targets[] = {
  "25%", "+10%", "5,000", "under 2 min", "−30%", "1 M", "99.9%",
};

static const char * const task_titles[] = {
  "Messaging and positioning brief", "Sales enablement deck", "Pricing page update",
  "Launch blog post", "Press briefing", "Help-center articles", "In-app announcement",
  "Customer quote approved", "Demo video", "Webinar for admins", "Release notes",
  "Adoption review", "Partner newsletter", "App-store screenshots",
};

static const char * const channels[] = {
  "blog", "email", "social", "in-app", "webinar", "press", "docs", "app-store", "events",
};

static const char * const companies[] = {
  "Kestrel Logistics", "Clínica San Martín", "Nordlicht GmbH", "さくら歯科", "Atlas & Co.",
  "مكتب النخبة", "Ørsted Consulting", "Blue Harbor Dental", "Maison Dupré",
  "Greenfield Schools",
};

static const char * const customers[] = {
  "Ana Souza", "Lukas Brandt", "佐藤 健", "Fatima Zahra", "Élodie Martin", "Noa Levi",
  "Oluwaseun Adeyemi", "Björn Åkesson", "Chen Wei", "Isabella Rossi",
};

static const char * const roles[] = {
  "Office manager", "Head of operations", "IT administrator", "Receptionist",
  "Sales lead", "Clinic owner",
};

static const char * const segments[] = {
  "smb", "mid-market", "enterprise", "education", "healthcare",
};

#define PICK(gen, array) ((array)[g_rand_int_range ((gen)->rand, 0, G_N_ELEMENTS (array))])

static const char *
pick_id (Generator *gen,
         GPtrArray *ids)
{
  return g_ptr_array_index (ids, g_rand_int_range (gen->rand, 0, ids->len));
}

static int
rand_range (Generator *gen,
            int        begin,
            int        end)
{
  return g_rand_int_range (gen->rand, begin, end);
}

/* A fresh id of the seeded sequence that no object has yet. */
static char *
new_id (Generator  *gen,
        const char *prefix)
{
  for (;;)
    {
      char *id = tandem_id_new_from_rand (prefix, gen->rand);

      if (tandem_workspace_lookup (gen->workspace, id) == NULL)
        return id;
      g_free (id);
    }
}

static char *
format_time (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
format_date (Generator *gen,
             int        days)
{
  g_autoptr(GDateTime) date = g_date_time_add_days (gen->epoch, days);

  return g_date_time_format (date, "%Y-%m-%d");
}

/* Gives @object a seeded id and plausible authorship stamps. */
static void
identify (Generator  *gen,
          gpointer    object,
          const char *author)
{
  g_autofree char *id = new_id (gen, TANDEM_OBJECT_GET_CLASS (object)->id_prefix);
  g_autoptr(GDateTime) created = g_date_time_add_seconds (gen->epoch,
                                                          rand_range (gen, 0, 200 * 86400));
  g_autoptr(GDateTime) modified = g_date_time_add_seconds (created,
                                                           rand_range (gen, 0, 60 * 86400));
  g_autofree char *created_text = format_time (created);
  g_autofree char *modified_text = format_time (modified);
  const char *editor = gen->everyone->len > 0 ? pick_id (gen, gen->everyone) : author;

  _tandem_object_set_id (object, id);
  _tandem_object_set_stamps (object, created_text, author, modified_text, editor);
}

static char *
sentences_text (Generator *gen,
                guint      min,
                guint      max)
{
  GString *text = g_string_new (NULL);
  guint n = rand_range (gen, min, max + 1);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, PICK (gen, sentences));
    }
  return g_string_free (text, FALSE);
}

/* Up to @max distinct items of @pool, or NULL for none. */
static GStrv
pick_list (Generator          *gen,
           const char * const *pool,
           guint               pool_size,
           guint               min,
           guint               max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = rand_range (gen, min, max + 1);

  for (guint i = 0; i < n; i++)
    {
      const char *item = pool[g_rand_int_range (gen->rand, 0, pool_size)];

      if (g_hash_table_add (taken, (gpointer) item))
        g_strv_builder_add (builder, item);
    }
  if (g_hash_table_size (taken) == 0)
    return NULL;
  return g_strv_builder_end (builder);
}

static GStrv
pick_ids (Generator *gen,
          GPtrArray *objects,
          guint      min,
          guint      max)
{
  g_autofree const char **ids = g_new0 (const char *, objects->len + 1);

  for (guint i = 0; i < objects->len; i++)
    ids[i] = tandem_object_get_id (g_ptr_array_index (objects, i));
  return pick_list (gen, ids, objects->len, min, MIN (max, objects->len));
}

static GStrv
pick_people (Generator *gen,
             guint      min,
             guint      max)
{
  return pick_list (gen, (const char * const *) gen->everyone->pdata, gen->everyone->len, min, max);
}

static void
add_people (Generator *gen)
{
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(TandemPerson) person = tandem_person_new ();
      const char *id;

      identify (gen, person, NULL);
      tandem_object_set_detached (person, "name", people[i].name, "team", people[i].team, NULL);
      _tandem_workspace_load_append (gen->workspace, NULL, TANDEM_OBJECT (person));
      id = tandem_object_get_id (TANDEM_OBJECT (person));
      g_ptr_array_add (gen->everyone, (gpointer) id);
      if (people[i].team == TANDEM_TEAM_PRODUCT)
        g_ptr_array_add (gen->product, (gpointer) id);
      else if (people[i].team == TANDEM_TEAM_MARKETING)
        g_ptr_array_add (gen->marketing, (gpointer) id);
    }
}

static void
add_board (Generator *gen)
{
  static const char * const now_next_later[] = { "Now", "Next", "Later" };
  static const char * const quarters[] = { "2027 Q1", "2027 Q2", "2027 Q3", "2027 Q4" };
  gboolean by_quarter = g_rand_boolean (gen->rand);
  const char * const *titles = by_quarter ? quarters : now_next_later;
  guint n_columns = by_quarter ? G_N_ELEMENTS (quarters) : G_N_ELEMENTS (now_next_later);
  guint n_lanes = rand_range (gen, 3, G_N_ELEMENTS (lane_titles) + 1);
  g_auto(GStrv) column_ranks = tandem_rank_sequence (NULL, NULL, n_columns);
  g_auto(GStrv) lane_ranks = tandem_rank_sequence (NULL, NULL, n_lanes);

  for (guint i = 0; i < n_columns; i++)
    {
      TandemColumn *column = tandem_column_new ();

      identify (gen, column, pick_id (gen, gen->product));
      tandem_object_set_detached (column, "title", titles[i], "rank", column_ranks[i], NULL);
      _tandem_workspace_load_append (gen->workspace, NULL, TANDEM_OBJECT (column));
      g_ptr_array_add (gen->columns, column);
    }

  for (guint i = 0; i < n_lanes; i++)
    {
      TandemLane *lane = tandem_lane_new ();

      identify (gen, lane, pick_id (gen, gen->product));
      tandem_object_set_detached (lane, "title", lane_titles[i], "rank", lane_ranks[i], NULL);
      _tandem_workspace_load_append (gen->workspace, NULL, TANDEM_OBJECT (lane));
      g_ptr_array_add (gen->lanes, lane);
    }
}

static char *
card_title (Generator *gen)
{
  return g_strconcat (PICK (gen, title_verbs), " ", PICK (gen, title_nouns),
                      PICK (gen, title_suffixes), NULL);
}

static char *
card_target (Generator *gen)
{
  if (g_rand_boolean (gen->rand))
    return g_strdup_printf ("2027-Q%d", rand_range (gen, 1, 5));
  return format_date (gen, rand_range (gen, 360, 720));
}

static void
add_cards (Generator *gen,
           guint      n_cards)
{
  static const double impacts[] = { 0.25, 0.5, 1, 2, 3 };
  static const int confidences[] = { 50, 80, 100 };
  g_auto(GStrv) ranks = tandem_rank_sequence (NULL, NULL, MAX (n_cards, 1));

  for (guint i = 0; i < n_cards; i++)
    {
      TandemCard *card = tandem_card_new ();
      const char *pm = pick_id (gen, gen->product);
      TandemObject *column = g_ptr_array_index (gen->columns, rand_range (gen, 0, gen->columns->len));
      TandemObject *lane = NULL;
      g_autofree char *title = card_title (gen);
      g_autofree char *target = card_target (gen);
      g_autofree char *description = sentences_text (gen, 1, 20);
      g_autofree char *user_value = sentences_text (gen, 1, 4);
      g_autofree char *angle = g_rand_int_range (gen->rand, 0, 4) > 0 ? sentences_text (gen, 1, 5) : NULL;
      g_auto(GStrv) card_tags = pick_list (gen, tags, G_N_ELEMENTS (tags), 0, 3);
      guint n_metrics = rand_range (gen, 0, 4);

      if (g_rand_int_range (gen->rand, 0, 5) > 0)
        lane = g_ptr_array_index (gen->lanes, rand_range (gen, 0, gen->lanes->len));

      identify (gen, card, pm);
      tandem_object_set_detached (card,
                                  "title", title,
                                  "status", rand_range (gen, TANDEM_CARD_STATUS_IDEA,
                                                        TANDEM_CARD_STATUS_DROPPED + 1),
                                  "column", tandem_object_get_id (column),
                                  "lane", lane != NULL ? tandem_object_get_id (lane) : NULL,
                                  "rank", ranks[i],
                                  "target", target,
                                  "pm", pm,
                                  "pmm", pick_id (gen, gen->marketing),
                                  "reach", rand_range (gen, 1, 200) * 50,
                                  "impact", PICK (gen, impacts),
                                  "confidence", PICK (gen, confidences),
                                  "effort", rand_range (gen, 1, 17) / 2.0,
                                  "description", description,
                                  "user-value", user_value,
                                  "marketing-angle", angle,
                                  "tags", card_tags,
                                  NULL);
      _tandem_workspace_load_append (gen->workspace, NULL, TANDEM_OBJECT (card));
      g_ptr_array_add (gen->cards, card);

      for (guint m = 0; m < n_metrics; m++)
        {
          g_autoptr(TandemMetric) metric = tandem_metric_new ();

          identify (gen, metric, pm);
          tandem_object_set_detached (metric,
                                      "title", PICK (gen, metric_titles),
                                      "target", PICK (gen, metric_targets),
                                      "horizon", rand_range (gen, TANDEM_HORIZON_30_DAYS,
                                                             TANDEM_HORIZON_90_DAYS + 1),
                                      NULL);
          _tandem_workspace_load_append (gen->workspace, TANDEM_OBJECT (card),
                                         TANDEM_OBJECT (metric));
        }
    }
}

static void
add_launches (Generator *gen,
              guint      n_launches)
{
  for (guint i = 0; i < n_launches; i++)
    {
      g_autoptr(TandemLaunch) launch = tandem_launch_new ();
      const char *pmm = pick_id (gen, gen->marketing);
      g_autofree char *title = g_strconcat ("Launch: ", PICK (gen, title_verbs), " ",
                                            PICK (gen, title_nouns), NULL);
      g_autofree char *date = format_date (gen, rand_range (gen, 150, 900));
      g_autofree char *notes = g_rand_boolean (gen->rand) ? sentences_text (gen, 1, 4) : NULL;
      g_auto(GStrv) linked = pick_ids (gen, gen->cards, 0, 4);
      g_auto(GStrv) launch_channels = pick_list (gen, channels, G_N_ELEMENTS (channels), 1, 5);
      guint n_tasks = rand_range (gen, 8, 13);

      identify (gen, launch, pmm);
      tandem_object_set_detached (launch,
                                  "title", title,
                                  "date", date,
                                  "tier", rand_range (gen, 1, 4),
                                  "status", rand_range (gen, TANDEM_LAUNCH_STATUS_PLANNED,
                                                        TANDEM_LAUNCH_STATUS_SLIPPED + 1),
                                  "pmm", pmm,
                                  "notes", notes,
                                  "cards", linked,
                                  "channels", launch_channels,
                                  NULL);
      _tandem_workspace_load_append (gen->workspace, NULL, TANDEM_OBJECT (launch));

      for (guint t = 0; t < n_tasks; t++)
        {
          g_autoptr(TandemTask) task = tandem_task_new ();

          identify (gen, task, pmm);
          tandem_object_set_detached (task,
                                      "title", PICK (gen, task_titles),
                                      "offset", rand_range (gen, -90, 15),
                                      "team", rand_range (gen, TANDEM_TEAM_PRODUCT,
                                                          TANDEM_TEAM_OTHER + 1),
                                      "done", g_rand_int_range (gen->rand, 0, 3) == 0,
                                      NULL);
          _tandem_workspace_load_append (gen->workspace, TANDEM_OBJECT (launch),
                                         TANDEM_OBJECT (task));
        }
    }
}

/* About 5 KB of notes, in paragraphs; @bounds gets the start and end, in
 * characters, of every sentence, for highlights. */
static char *
interview_notes (Generator *gen,
                 GArray    *bounds)
{
  GString *notes = g_string_new (NULL);
  gsize target = rand_range (gen, 4500, 5600);
  glong chars = 0;

  while (notes->len < target)
    {
      const char *sentence = PICK (gen, sentences);
      glong length = g_utf8_strlen (sentence, -1);
      const char *separator = notes->len == 0 ? "" : g_rand_int_range (gen->rand, 0, 5) == 0 ? "\n\n" : " ";
      int bound[2];

      g_string_append (notes, separator);
      chars += strlen (separator);
      bound[0] = chars;
      g_string_append (notes, sentence);
      chars += length;
      bound[1] = chars;
      g_array_append_vals (bounds, bound, 2);
    }
  return g_string_free (notes, FALSE);
}

static void
add_interviews (Generator *gen,
                guint      n_interviews)
{
  for (guint i = 0; i < n_interviews; i++)
    {
      g_autoptr(TandemInterview) interview = tandem_interview_new ();
      g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (int));
      g_autofree char *notes = interview_notes (gen, bounds);
      g_autofree char *date = format_date (gen, rand_range (gen, 0, 365));
      g_auto(GStrv) interviewers = pick_people (gen, 1, 2);
      g_auto(GStrv) interview_tags = pick_list (gen, tags, G_N_ELEMENTS (tags), 0, 2);
      guint n_sentences = bounds->len / 2;
      guint n_highlights = rand_range (gen, 2, 7);

      identify (gen, interview, interviewers[0]);
      tandem_object_set_detached (interview,
                                  "customer", PICK (gen, customers),
                                  "company", PICK (gen, companies),
                                  "role", PICK (gen, roles),
                                  "segment", PICK (gen, segments),
                                  "date", date,
                                  "reference-customer", g_rand_int_range (gen->rand, 0, 4) == 0,
                                  "interviewers", interviewers,
                                  "tags", interview_tags,
                                  "notes", notes,
                                  NULL);
      _tandem_workspace_load_append (gen->workspace, NULL, TANDEM_OBJECT (interview));

      for (guint h = 0; h < n_highlights; h++)
        {
          g_autoptr(TandemHighlight) highlight = tandem_highlight_new ();
          guint first = rand_range (gen, 0, n_sentences);
          guint last = MIN (first + rand_range (gen, 0, 2), n_sentences - 1);
          int start = g_array_index (bounds, int, 2 * first);
          int end = g_array_index (bounds, int, 2 * last + 1);
          g_autofree char *quote = g_utf8_substring (notes, start, end);
          g_auto(GStrv) highlight_tags_list = pick_list (gen, highlight_tags,
                                                         G_N_ELEMENTS (highlight_tags), 0, 2);
          TandemObject *card = NULL;

          if (gen->cards->len > 0 && g_rand_int_range (gen->rand, 0, 4) > 0)
            card = g_ptr_array_index (gen->cards, rand_range (gen, 0, gen->cards->len));

          identify (gen, highlight, interviewers[0]);
          tandem_object_set_detached (highlight,
                                      "start", start,
                                      "end", end,
                                      "weight", rand_range (gen, 1, 4),
                                      "card", card != NULL ? tandem_object_get_id (card) : NULL,
                                      "quote", quote,
                                      "tags", highlight_tags_list,
                                      NULL);
          _tandem_workspace_load_append (gen->workspace, TANDEM_OBJECT (interview),
                                         TANDEM_OBJECT (highlight));
        }
    }
}

/* A snapshot holds its cards by value, as they were when it was taken. */
static void
add_snapshots (Generator *gen)
{
  static const char * const names[] = { "Quarterly planning baseline", "Steering review" };
  guint n_snapshots = rand_range (gen, 1, 3);

  for (guint i = 0; i < n_snapshots; i++)
    {
      g_autoptr(TandemSnapshot) snapshot = tandem_snapshot_new ();
      const char *author = pick_id (gen, gen->product);
      g_autofree char *description = sentences_text (gen, 1, 2);
      guint n_entries = gen->cards->len;

      identify (gen, snapshot, author);
      tandem_object_set_detached (snapshot, "name", names[i], "description", description, NULL);
      _tandem_workspace_load_append (gen->workspace, NULL, TANDEM_OBJECT (snapshot));

      for (guint e = 0; e < n_entries; e++)
        {
          TandemObject *card = g_ptr_array_index (gen->cards, e);
          TandemObject *column = tandem_workspace_lookup (gen->workspace,
                                                          tandem_object_get_string (card, "column"));
          TandemObject *lane = tandem_workspace_lookup (gen->workspace,
                                                        tandem_object_get_string (card, "lane"));
          g_autoptr(TandemSnapshotEntry) entry = tandem_snapshot_entry_new ();

          identify (gen, entry, author);
          tandem_object_set_detached (entry,
                                      "card", tandem_object_get_id (card),
                                      "title", tandem_object_get_string (card, "title"),
                                      "status", tandem_object_get_int (card, "status"),
                                      "column", tandem_object_get_id (column),
                                      "column-title", tandem_object_get_string (column, "title"),
                                      "lane", lane != NULL ? tandem_object_get_id (lane) : NULL,
                                      "lane-title", lane != NULL ? tandem_object_get_string (lane, "title") : NULL,
                                      "rank", tandem_object_get_string (card, "rank"),
                                      "target", tandem_object_get_string (card, "target"),
                                      "score", tandem_card_get_score (TANDEM_CARD (card)),
                                      NULL);
          _tandem_workspace_load_append (gen->workspace, TANDEM_OBJECT (snapshot),
                                         TANDEM_OBJECT (entry));
        }
    }
}

/**
 * tandem_generate_workspace:
 *
 * Builds a realistic workspace: people of every team, a board of columns and
 * lanes, cards with text in several scripts, launches with their checklists,
 * interviews with about 5 KB of notes and highlighted quotes, and a snapshot
 * or two.  The same options always give the same workspace.
 *
 * Returns: (transfer full): a clean workspace with no file
 */
TandemWorkspace *
tandem_generate_workspace (const TandemGenerateOptions *options)
{
  Generator gen = { 0, };
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (options != NULL, NULL);

  gen.rand = g_rand_new_with_seed (options->seed);
  gen.workspace = tandem_workspace_new ();
  gen.product = g_ptr_array_new ();
  gen.marketing = g_ptr_array_new ();
  gen.everyone = g_ptr_array_new ();
  gen.columns = g_ptr_array_new_with_free_func (g_object_unref);
  gen.lanes = g_ptr_array_new_with_free_func (g_object_unref);
  gen.cards = g_ptr_array_new_with_free_func (g_object_unref);
  gen.epoch = g_date_time_new_utc (2026, 1, 5, 9, 0, 0);

  id = tandem_id_new_from_rand ("w", gen.rand);
  title = g_strdup_printf ("Generated workspace (seed %u)", options->seed);
  description = sentences_text (&gen, 2, 4);
  stamp = format_time (gen.epoch);
  _tandem_object_set_id (TANDEM_OBJECT (gen.workspace), id);
  tandem_object_set_detached (gen.workspace, "title", title, "description", description, NULL);

  add_people (&gen);
  _tandem_object_set_stamps (TANDEM_OBJECT (gen.workspace), stamp,
                             g_ptr_array_index (gen.product, 0), stamp,
                             g_ptr_array_index (gen.marketing, 0));
  add_board (&gen);
  add_cards (&gen, options->n_cards);
  add_launches (&gen, options->n_launches);
  add_interviews (&gen, options->n_interviews);
  add_snapshots (&gen);

  g_ptr_array_unref (gen.product);
  g_ptr_array_unref (gen.marketing);
  g_ptr_array_unref (gen.everyone);
  g_ptr_array_unref (gen.columns);
  g_ptr_array_unref (gen.lanes);
  g_ptr_array_unref (gen.cards);
  g_date_time_unref (gen.epoch);
  g_rand_free (gen.rand);

  return gen.workspace;
}

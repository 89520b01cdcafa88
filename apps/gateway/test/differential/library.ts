/**
 * A federation written only to try the gateway's result shaping on a schema the project does not
 * otherwise use: a library catalogue in three subgraphs. It has an entity interface (`Item`) that
 * another subgraph extends as an `@interfaceObject`, a union across entity types, `@requires`,
 * `@provides`, entities that resolve to null, resolvers that throw (nullable and non-null fields,
 * so nulls bubble to different depths) and lists of lists. The data is fixed: the same query gets
 * the same subgraph answers every time.
 */
import { composeServices } from "@apollo/composition";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { type GraphQLSchema, parse } from "graphql";

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7",
  import: ["@key", "@external", "@provides", "@requires", "@interfaceObject", "@shareable"])`;

const catalogSdl = `${LINK}
  interface Item @key(fields: "id") { id: ID! title: String! year: Int }
  type Book implements Item @key(fields: "id") {
    id: ID! title: String! year: Int pages: Int isbn: String author: Author! tags: [String!]! related: [Book]
  }
  type Film implements Item @key(fields: "id") {
    id: ID! title: String! year: Int minutes: Float rating: Rating director: Author
  }
  type Author @key(fields: "id") { id: ID! name: String! @shareable born: Int works: [Item!]! }
  enum Rating { G PG R }
  union Hit = Book | Film | Author
  type Query {
    item(id: ID!): Item
    items(first: Int = 10): [Item!]!
    search(text: String!): [Hit]
    author(id: ID!): Author
    books: [Book!]
    grid: [[Int!]]
  }`;

const reviewsSdl = `${LINK}
  type Item @key(fields: "id") @interfaceObject { id: ID! reviews: [Review!]! score: Float }
  type Review { id: ID! stars: Int! body: String by: Author @provides(fields: "name") }
  type Author @key(fields: "id") { id: ID! name: String! @external reviewCount: Int! }
  type Query { topReviews(limit: Int = 3): [Review!]! }`;

const inventorySdl = `${LINK}
  type Book @key(fields: "id") {
    id: ID! pages: Int @external weight: Float @requires(fields: "pages") stock: Int! shelf: Shelf
  }
  type Shelf { code: String! position: Int neighbours: [Shelf] }
  type Query { shelves: [Shelf!]! }`;

interface BookRow {
  id: string;
  title: string;
  year: number | null;
  pages: number | null;
  author: string;
  tags: string[];
}

const BOOKS: BookRow[] = [
  { id: "b1", title: "Röda rummet", year: 1879, pages: 400, author: "a1", tags: ["roman", "satir"] },
  { id: "b2", title: "Hemsöborna", year: 1887, pages: 220, author: "a1", tags: [] },
  { id: "b3", title: "Gösta Berlings saga", year: 1891, pages: null, author: "a2", tags: ["saga"] },
  { id: "b4", title: "Nils Holgersson", year: 1906, pages: 600, author: "a2", tags: ["resa", "barn"] },
  { id: "b5", title: "Doktor Glas", year: null, pages: 180, author: "a3", tags: ["dagbok"] },
  { id: "b6", title: "Förvandlingen", year: 1915, pages: 90, author: "a3", tags: ["novell"] },
];
const FILMS = [
  { id: "f1", title: "Smultronstället", year: 1957, minutes: 91.5, rating: "PG", director: "a1" },
  { id: "f2", title: "Persona", year: 1966, minutes: null, rating: null, director: null },
  { id: "f3", title: "Fanny och Alexander", year: 1982, minutes: 188, rating: "R", director: "a2" },
];
const AUTHORS = [
  { id: "a1", name: "August Strindberg", born: 1849 },
  { id: "a2", name: "Selma Lagerlöf", born: 1858 },
  { id: "a3", name: "Hjalmar Söderberg", born: null },
];
const REVIEWS = [
  { id: "r1", item: "b1", stars: 5, body: "Skarp", by: "a2" },
  { id: "r2", item: "b1", stars: 3, body: null, by: "a3" },
  { id: "r3", item: "f1", stars: 4, body: "Varm", by: null },
  { id: "r4", item: "b4", stars: null, body: "Lång", by: "a1" },
  { id: "r5", item: "f3", stars: 5, body: "Mäktig", by: "a3" },
  { id: "r6", item: "b6", stars: 2, body: "Kort", by: "a2" },
];

const byId = <T extends { id: string }>(rows: readonly T[], id: unknown) => rows.find((row) => row.id === id);
const withType = <T extends object>(typename: string, row: T | undefined) =>
  row ? { __typename: typename, ...row } : null;
const itemOf = (id: unknown) => withType("Book", byId(BOOKS, id)) ?? withType("Film", byId(FILMS, id));
const fail = (message: string): never => {
  throw new Error(message);
};

const catalogResolvers = {
  Query: {
    item: (_: unknown, { id }: { id: string }) => itemOf(id),
    items: (_: unknown, { first }: { first: number }) =>
      [...BOOKS.map((b) => withType("Book", b)), ...FILMS.map((f) => withType("Film", f))].slice(
        0,
        Math.max(0, first),
      ),
    search: (_: unknown, { text }: { text: string }) => {
      const hits: unknown[] = [
        ...BOOKS.filter((b) => b.title.toLowerCase().includes(text.toLowerCase())).map((b) =>
          withType("Book", b),
        ),
        ...AUTHORS.filter((a) => a.name.toLowerCase().includes(text.toLowerCase())).map((a) =>
          withType("Author", a),
        ),
        ...FILMS.filter((f) => f.title.toLowerCase().includes(text.toLowerCase())).map((f) =>
          withType("Film", f),
        ),
      ];
      // A text with an "x" finds a hit the catalogue cannot read: a null in the list.
      return text.includes("x") ? [...hits, null] : hits;
    },
    author: (_: unknown, { id }: { id: string }) => byId(AUTHORS, id) ?? null,
    books: () => BOOKS,
    grid: () => [[1, 2], [3], []],
  },
  Item: {
    __resolveType: (item: { __typename: string }) => item.__typename,
    __resolveReference: (reference: { id: string }) => itemOf(reference.id),
  },
  Book: {
    __resolveReference: (reference: { id: string }) => byId(BOOKS, reference.id) ?? null,
    isbn: (book: BookRow) =>
      book.id === "b3" ? fail("the ISBN register does not answer") : `978-91-${book.id}`,
    author: (book: BookRow) => byId(AUTHORS, book.author),
    related: (book: BookRow) => [byId(BOOKS, book.id === "b1" ? "b2" : "b1"), null],
  },
  Film: {
    __resolveReference: (reference: { id: string }) => byId(FILMS, reference.id) ?? null,
    director: (film: { director: string | null }) => byId(AUTHORS, film.director) ?? null,
  },
  Author: {
    __resolveReference: (reference: { id: string }) => byId(AUTHORS, reference.id) ?? null,
    born: (author: { id: string; born: number | null }) =>
      author.id === "a2" ? fail("born: archive closed") : author.born,
    works: (author: { id: string }) => [
      ...BOOKS.filter((b) => b.author === author.id).map((b) => withType("Book", b)),
      ...FILMS.filter((f) => f.director === author.id).map((f) => withType("Film", f)),
    ],
  },
  Hit: { __resolveType: (hit: { __typename: string }) => hit.__typename },
};

const reviewsResolvers = {
  Query: { topReviews: (_: unknown, { limit }: { limit: number }) => REVIEWS.slice(0, Math.max(0, limit)) },
  Item: {
    // f2 is unknown to the reviews: the entity resolves to null.
    __resolveReference: (reference: { id: string }) => (reference.id === "f2" ? null : reference),
    reviews: (item: { id: string }) => REVIEWS.filter((r) => r.item === item.id),
    score: (item: { id: string }) => {
      const stars = REVIEWS.filter((r) => r.item === item.id && r.stars !== null).map((r) => r.stars ?? 0);
      return stars.length ? stars.reduce((a, b) => a + b, 0) / stars.length : null;
    },
  },
  Review: {
    // r4 has no stars: a null in a non-null field, the review list and its item become null.
    stars: (review: { stars: number | null }) => review.stars,
    by: (review: { by: string | null }) => {
      const author = byId(AUTHORS, review.by);
      return author ? { id: author.id, name: author.name } : null;
    },
  },
  Author: {
    __resolveReference: (reference: { id: string }) => reference,
    reviewCount: (author: { id: string }) =>
      author.id === "a3"
        ? fail("reviewCount: index rebuilding")
        : REVIEWS.filter((r) => r.by === author.id).length,
  },
};

const SHELVES = [
  { code: "A1", position: 1 },
  { code: "B2", position: null },
];

const inventoryResolvers = {
  Query: { shelves: () => SHELVES },
  Book: {
    // b5 is not in the inventory: the entity resolves to null.
    __resolveReference: (reference: { id: string; pages?: number | null }) =>
      reference.id === "b5" ? null : reference,
    weight: (book: { pages?: number | null }) => (book.pages == null ? null : book.pages * 0.75),
    stock: (book: { id: string }) =>
      book.id === "b6" ? fail("stock: warehouse offline") : Number(book.id.slice(1)) * 3,
    shelf: (book: { id: string }) => SHELVES[Number(book.id.slice(1)) % 2],
  },
  Shelf: { neighbours: (shelf: { code: string }) => [SHELVES.find((s) => s.code !== shelf.code), null] },
};

export const LIBRARY_SUBGRAPHS = [
  { name: "catalog", sdl: catalogSdl, resolvers: catalogResolvers },
  { name: "reviews", sdl: reviewsSdl, resolvers: reviewsResolvers },
  { name: "inventory", sdl: inventorySdl, resolvers: inventoryResolvers },
] as const;

type Resolvers = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>["resolvers"]
>;

export interface Library {
  supergraphSdl: string;
  /** Subgraph name → its executable schema. */
  schemas: Record<string, GraphQLSchema>;
}

/** The three subgraphs built and composed (a composition error fails at once). */
export function buildLibrary(): Library {
  const definitions = LIBRARY_SUBGRAPHS.map(({ name, sdl }) => ({
    name,
    url: `http://${name}.invalid/graphql`,
    typeDefs: parse(sdl),
  }));
  const composed = composeServices(definitions);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join("\n"));
  const schemas = Object.fromEntries(
    LIBRARY_SUBGRAPHS.map(({ name, sdl, resolvers }) => [
      name,
      buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as unknown as Resolvers }),
    ]),
  );
  return { supergraphSdl: composed.supergraphSdl, schemas };
}

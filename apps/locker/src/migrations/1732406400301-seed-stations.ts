import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Demo stations with fixed ids and deliberately few slots. */
export const seedStations = [
  { id: '22222222-2222-4222-8222-222222222201', name: 'Gangnam Station', slots: 2 },
  { id: '22222222-2222-4222-8222-222222222202', name: 'City Hall', slots: 4 },
];

export class SeedStations1732406400301 implements MigrationInterface {
  name = 'SeedStations1732406400301';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const station of seedStations) {
      await queryRunner.query(`INSERT INTO stations (id, name) VALUES ($1, $2)`, [
        station.id,
        station.name,
      ]);
      await queryRunner.query(
        `INSERT INTO slots (station_id, slot_number) SELECT $1, n FROM generate_series(1, $2) AS n`,
        [station.id, station.slots],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const ids = seedStations.map((station) => station.id);
    await queryRunner.query(`DELETE FROM slots WHERE station_id = ANY($1)`, [ids]);
    await queryRunner.query(`DELETE FROM stations WHERE id = ANY($1)`, [ids]);
  }
}

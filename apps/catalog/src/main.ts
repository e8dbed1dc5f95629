import './instrument';
import 'reflect-metadata';
import { runService } from '@lib/service-defaults';
import { BooksModule } from './books/books.module';
import { catalogDatabase } from './catalog.database';

runService({ module: BooksModule, database: catalogDatabase });
